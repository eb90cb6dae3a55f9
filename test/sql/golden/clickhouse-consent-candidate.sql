-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (clickhouse).
-- Run: clickhouse-client --format JSONEachRow < q.sql > stats.jsonl
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
SELECT CAST('meta' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST('{"columns":{"prediction":"targeted","score":null,"label":"converted"},"predictionPositive":null,"labelPositive":null,"threshold":null,"groups":["region"],"missing":"group","bins":10,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":null,"exactMemoryMB":0,"candidate":"model_b","decision":"offer_tier","consent":{"column":"consent","yes":["yes","y","true","1","opted_in","opt_in","opted-in","opt-in","granted","given"],"no":["no","n","false","0","opted_out","opt_out","opted-out","opt-out","withdrawn","refused","denied"]}}' AS Nullable(String)) AS detail FROM (
  SELECT count() AS fg_n FROM `analytics`.`marketing`
)
UNION ALL
SELECT CAST('dropped' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_reason AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT CASE WHEN fg_p IS NULL THEN 'missing_prediction' WHEN fg_y IS NULL THEN 'missing_label' WHEN fg_c_raw IS NULL THEN 'missing_class' END AS fg_reason, count() AS fg_n
  FROM `analytics`.`marketing`
  WHERE COALESCE(fg_p, 0) <> -1 AND COALESCE(fg_y, 0) <> -1 AND fg_reason IS NOT NULL
  GROUP BY fg_reason
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('prediction' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT count() AS fg_n, min(fg_p_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE fg_p = -1
) WHERE fg_n > 0
UNION ALL
SELECT CAST('value' AS Nullable(String)) AS kind, CAST('prediction' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_p_raw AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_p_raw, count() AS fg_n
  FROM `analytics`.`marketing`
  WHERE fg_p_raw IS NOT NULL
  GROUP BY fg_p_raw ORDER BY fg_p_raw LIMIT 20
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('label' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT count() AS fg_n, min(fg_l_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE fg_y = -1
) WHERE fg_n > 0
UNION ALL
SELECT CAST('value' AS Nullable(String)) AS kind, CAST('label' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_l_raw AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_l_raw, count() AS fg_n
  FROM `analytics`.`marketing`
  WHERE fg_l_raw IS NOT NULL
  GROUP BY fg_l_raw ORDER BY fg_l_raw LIMIT 20
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('consent' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT count() AS fg_n, min(fg_k_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_k = -1
) WHERE fg_n > 0
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('candidate' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT count() AS fg_n, min(fg_m_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_m < 0
) WHERE fg_n > 0
UNION ALL
SELECT CAST('bin' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(fg_b AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(fg_selected AS Nullable(Int64)) AS selected, CAST(fg_positives AS Nullable(Int64)) AS positives, CAST(fg_tp AS Nullable(Int64)) AS tp, CAST(fg_sum_score AS Nullable(Float64)) AS sum_score, CAST(fg_sum_score_squared AS Nullable(Float64)) AS sum_score_squared, CAST(fg_sum_squared_error AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_attribute, fg_v1, fg_b, COUNT(*) AS fg_n, SUM(fg_dec) AS fg_selected, SUM(fg_y) AS fg_positives, SUM(fg_dec * fg_y) AS fg_tp, SUM(fg_s) AS fg_sum_score, SUM(fg_s * fg_s) AS fg_sum_score_squared, SUM((fg_s - fg_y) * (fg_s - fg_y)) AS fg_sum_squared_error
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_c_raw IS NOT NULL
  GROUP BY fg_attribute, fg_v1, fg_b
)
UNION ALL
SELECT CAST('class' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_c_raw AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_attribute, fg_v1, fg_c_raw, count() AS fg_n
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_c_raw IS NOT NULL
  GROUP BY fg_attribute, fg_v1, fg_c_raw
)
UNION ALL
SELECT CAST('consent' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(fg_selected AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(CASE WHEN fg_k = 1 THEN 'opted_out' ELSE 'unknown' END AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_attribute, fg_v1, fg_k, count() AS fg_n, sum(fg_dec) AS fg_selected
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_c_raw IS NOT NULL AND fg_k IN (1, 2)
  GROUP BY fg_attribute, fg_v1, fg_k
)
UNION ALL
SELECT CAST('candidate' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(fg_both AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(fg_tp AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`converted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_tier` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_c_raw,
    NULLIF(replaceRegexpAll(CAST(`consent` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_k_raw,
    NULLIF(replaceRegexpAll(CAST(`model_b` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_m_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_l_raw, '^[+-]', '') AS fg_l_number_u,
    replaceRegexpOne(fg_l_number_u, '[eE].*$', '') AS fg_l_number_m,
    replaceRegexpOne(replaceAll(fg_l_number_m, '.', ''), '^0+', '') AS fg_l_number_d,
    extract(fg_l_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_l_number_e,
    toInt64OrZero(fg_l_number_e) - length(extract(fg_l_number_m, '[.]([0-9]*)')) AS fg_l_number_q,
    toUInt64OrZero(fg_l_number_d) AS fg_l_number_i,
    if(length(fg_l_number_d) <= 16 AND fg_l_number_i <= 9007199254740992 AND length(fg_l_number_e) <= 6 AND fg_l_number_q >= -22 AND fg_l_number_q <= 22, if(fg_l_number_q < 0, toFloat64(fg_l_number_i) / (toFloat64(intExp10(least(-fg_l_number_q, 11))) * toFloat64(intExp10(greatest(-fg_l_number_q - 11, 0)))), toFloat64(fg_l_number_i) * (toFloat64(intExp10(least(fg_l_number_q, 11))) * toFloat64(intExp10(greatest(fg_l_number_q - 11, 0))))), toFloat64OrNull(fg_l_number_u)) AS fg_l_number_abs,
    CASE WHEN match(fg_l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_l_raw, 1, 1) = '-', 0 - fg_l_number_abs, fg_l_number_abs) END AS fg_l_number,
    replaceRegexpOne(fg_m_raw, '^[+-]', '') AS fg_m_number_u,
    replaceRegexpOne(fg_m_number_u, '[eE].*$', '') AS fg_m_number_m,
    replaceRegexpOne(replaceAll(fg_m_number_m, '.', ''), '^0+', '') AS fg_m_number_d,
    extract(fg_m_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_m_number_e,
    toInt64OrZero(fg_m_number_e) - length(extract(fg_m_number_m, '[.]([0-9]*)')) AS fg_m_number_q,
    toUInt64OrZero(fg_m_number_d) AS fg_m_number_i,
    if(length(fg_m_number_d) <= 16 AND fg_m_number_i <= 9007199254740992 AND length(fg_m_number_e) <= 6 AND fg_m_number_q >= -22 AND fg_m_number_q <= 22, if(fg_m_number_q < 0, toFloat64(fg_m_number_i) / (toFloat64(intExp10(least(-fg_m_number_q, 11))) * toFloat64(intExp10(greatest(-fg_m_number_q - 11, 0)))), toFloat64(fg_m_number_i) * (toFloat64(intExp10(least(fg_m_number_q, 11))) * toFloat64(intExp10(greatest(fg_m_number_q - 11, 0))))), toFloat64OrNull(fg_m_number_u)) AS fg_m_number_abs,
    CASE WHEN match(fg_m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_m_raw, 1, 1) = '-', 0 - fg_m_number_abs, fg_m_number_abs) END AS fg_m_number,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN lower(fg_l_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_l_raw) IN ('false', 'no') THEN 0 WHEN fg_l_number = 1 THEN 1 WHEN fg_l_number = 0 THEN 0 ELSE -1 END AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell,
    CASE WHEN fg_k_raw IS NULL THEN 2 WHEN lower(fg_k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(fg_k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS fg_k,
    CASE WHEN fg_m_raw IS NULL THEN -2 ELSE CASE WHEN fg_m_raw IS NULL THEN NULL WHEN lower(fg_m_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_m_raw) IN ('false', 'no') THEN 0 WHEN fg_m_number = 1 THEN 1 WHEN fg_m_number = 0 THEN 0 ELSE -1 END END AS fg_m
  SELECT fg_attribute, fg_v1, count() AS fg_n, sum(fg_dec) AS fg_both, sum(fg_y) AS fg_tp
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_y IN (0, 1) AND fg_c_raw IS NOT NULL AND fg_m = 1
  GROUP BY fg_attribute, fg_v1
);
