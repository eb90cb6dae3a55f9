-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (clickhouse).
-- Run: clickhouse-client --format JSONEachRow < q.sql > stats.jsonl
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
SELECT CAST('meta' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST('{"columns":{"prediction":"targeted","score":null,"label":null},"predictionPositive":null,"labelPositive":null,"threshold":null,"groups":["ethnicity"],"missing":"group","bins":10,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":"offer_value","exactMemoryMB":0}' AS Nullable(String)) AS detail FROM (
  SELECT count() AS fg_n FROM `analytics`.`marketing`
)
UNION ALL
SELECT CAST('dropped' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_reason AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT CASE WHEN fg_p IS NULL THEN 'missing_prediction' WHEN fg_o_raw IS NULL THEN 'missing_outcome' END AS fg_reason, count() AS fg_n
  FROM `analytics`.`marketing`
  WHERE COALESCE(fg_p, 0) <> -1 AND COALESCE(fg_y, 0) <> -1 AND fg_reason IS NOT NULL
  GROUP BY fg_reason
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('prediction' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT count() AS fg_n, min(fg_p_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE fg_p = -1
) WHERE fg_n > 0
UNION ALL
SELECT CAST('value' AS Nullable(String)) AS kind, CAST('prediction' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_p_raw AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT fg_p_raw, count() AS fg_n
  FROM `analytics`.`marketing`
  WHERE fg_p_raw IS NOT NULL
  GROUP BY fg_p_raw ORDER BY fg_p_raw LIMIT 20
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('outcome' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT count() AS fg_n, min(fg_o_raw) AS fg_example
  FROM `analytics`.`marketing`
  WHERE COALESCE(fg_p, 0) <> -1 AND COALESCE(fg_y, 0) <> -1 AND CASE WHEN fg_p IS NULL THEN 'missing_prediction' WHEN fg_o_raw IS NULL THEN 'missing_outcome' END IS NULL AND NOT (fg_s_raw IS NOT NULL AND (fg_s IS NULL)) AND fg_o IS NULL
) WHERE fg_n > 0
UNION ALL
SELECT CAST('bin' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(fg_b AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(fg_selected AS Nullable(Int64)) AS selected, CAST(fg_positives AS Nullable(Int64)) AS positives, CAST(fg_tp AS Nullable(Int64)) AS tp, CAST(fg_sum_score AS Nullable(Float64)) AS sum_score, CAST(fg_sum_score_squared AS Nullable(Float64)) AS sum_score_squared, CAST(fg_sum_squared_error AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT fg_attribute, fg_v1, fg_b, COUNT(*) AS fg_n, SUM(fg_dec) AS fg_selected, SUM(fg_y) AS fg_positives, SUM(fg_dec * fg_y) AS fg_tp, SUM(fg_s) AS fg_sum_score, SUM(fg_s * fg_s) AS fg_sum_score_squared, SUM((fg_s - fg_y) * (fg_s - fg_y)) AS fg_sum_squared_error
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'ethnicity'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_o IS NOT NULL
  GROUP BY fg_attribute, fg_v1, fg_b
)
UNION ALL
SELECT CAST('outcome' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(fg_o AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
WITH
    NULLIF(replaceRegexpAll(CAST(`targeted` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_p_raw,
    CAST(NULL AS Nullable(String)) AS fg_l_raw,
    CAST(NULL AS Nullable(String)) AS fg_s_raw,
    NULLIF(replaceRegexpAll(CAST(`offer_value` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_o_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`ethnicity` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_p_raw, '^[+-]', '') AS fg_p_number_u,
    replaceRegexpOne(fg_p_number_u, '[eE].*$', '') AS fg_p_number_m,
    replaceRegexpOne(replaceAll(fg_p_number_m, '.', ''), '^0+', '') AS fg_p_number_d,
    extract(fg_p_number_u, '[eE][+]?(-?[0-9]+)$') AS fg_p_number_e,
    toInt64OrZero(fg_p_number_e) - length(extract(fg_p_number_m, '[.]([0-9]*)')) AS fg_p_number_q,
    toUInt64OrZero(fg_p_number_d) AS fg_p_number_i,
    if(length(fg_p_number_d) <= 16 AND fg_p_number_i <= 9007199254740992 AND length(fg_p_number_e) <= 6 AND fg_p_number_q >= -22 AND fg_p_number_q <= 22, if(fg_p_number_q < 0, toFloat64(fg_p_number_i) / (toFloat64(intExp10(least(-fg_p_number_q, 11))) * toFloat64(intExp10(greatest(-fg_p_number_q - 11, 0)))), toFloat64(fg_p_number_i) * (toFloat64(intExp10(least(fg_p_number_q, 11))) * toFloat64(intExp10(greatest(fg_p_number_q - 11, 0))))), toFloat64OrNull(fg_p_number_u)) AS fg_p_number_abs,
    CASE WHEN match(fg_p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_p_raw, 1, 1) = '-', 0 - fg_p_number_abs, fg_p_number_abs) END AS fg_p_number,
    replaceRegexpOne(fg_o_raw, '^[+-]', '') AS fg_o_u,
    replaceRegexpOne(fg_o_u, '[eE].*$', '') AS fg_o_m,
    replaceRegexpOne(replaceAll(fg_o_m, '.', ''), '^0+', '') AS fg_o_d,
    extract(fg_o_u, '[eE][+]?(-?[0-9]+)$') AS fg_o_e,
    toInt64OrZero(fg_o_e) - length(extract(fg_o_m, '[.]([0-9]*)')) AS fg_o_q,
    toUInt64OrZero(fg_o_d) AS fg_o_i,
    if(length(fg_o_d) <= 16 AND fg_o_i <= 9007199254740992 AND length(fg_o_e) <= 6 AND fg_o_q >= -22 AND fg_o_q <= 22, if(fg_o_q < 0, toFloat64(fg_o_i) / (toFloat64(intExp10(least(-fg_o_q, 11))) * toFloat64(intExp10(greatest(-fg_o_q - 11, 0)))), toFloat64(fg_o_i) * (toFloat64(intExp10(least(fg_o_q, 11))) * toFloat64(intExp10(greatest(fg_o_q - 11, 0))))), toFloat64OrNull(fg_o_u)) AS fg_o_abs,
    CASE WHEN match(fg_o_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_o_raw, 1, 1) = '-', 0 - fg_o_abs, fg_o_abs) END AS fg_o,
    CASE WHEN fg_p_raw IS NULL THEN NULL WHEN lower(fg_p_raw) IN ('true', 'yes') THEN 1 WHEN lower(fg_p_raw) IN ('false', 'no') THEN 0 WHEN fg_p_number = 1 THEN 1 WHEN fg_p_number = 0 THEN 0 ELSE -1 END AS fg_p,
    CAST(NULL AS Nullable(Int64)) AS fg_y,
    CAST(NULL AS Nullable(Float64)) AS fg_s,
    fg_p AS fg_dec,
    CAST(NULL AS Nullable(Int64)) AS fg_b,
    CAST(NULL AS Nullable(Int64)) AS fg_cell
  SELECT fg_attribute, fg_v1, fg_o, count() AS fg_n
  FROM `analytics`.`marketing`
  ARRAY JOIN ['', 'ethnicity'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1
  WHERE fg_p IN (0, 1) AND fg_o IS NOT NULL
  GROUP BY fg_attribute, fg_v1, fg_o
);
