-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (clickhouse).
-- Run: clickhouse-client --format JSONEachRow < q.sql > stats.jsonl
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
SELECT CAST('meta' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST('{"columns":{"prediction":null,"score":"score","label":"it\'s"},"predictionPositive":null,"labelPositive":["won","o\'k"],"threshold":0.3,"groups":["region"],"missing":"drop","bins":5,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":null,"exactMemoryMB":0}' AS Nullable(String)) AS detail FROM (
  SELECT count() AS fg_n FROM `decisions`
)
UNION ALL
SELECT CAST('dropped' AS Nullable(String)) AS kind, CAST(NULL AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_reason AS Nullable(String)) AS detail FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT CASE WHEN fg_y IS NULL THEN 'missing_label' WHEN fg_s_raw IS NULL THEN 'missing_score' END AS fg_reason, count() AS fg_n
  FROM `decisions`
  WHERE COALESCE(fg_p, 0) <> -1 AND COALESCE(fg_y, 0) <> -1 AND fg_reason IS NOT NULL
  GROUP BY fg_reason
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('label' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT count() AS fg_n, min(fg_l_raw) AS fg_example
  FROM `decisions`
  WHERE fg_y = -1
) WHERE fg_n > 0
UNION ALL
SELECT CAST('value' AS Nullable(String)) AS kind, CAST('label' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_l_raw AS Nullable(String)) AS detail FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT fg_l_raw, count() AS fg_n
  FROM `decisions`
  WHERE fg_l_raw IS NOT NULL
  GROUP BY fg_l_raw ORDER BY fg_l_raw LIMIT 20
)
UNION ALL
SELECT CAST('invalid' AS Nullable(String)) AS kind, CAST('score' AS Nullable(String)) AS attribute, CAST(NULL AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(fg_example AS Nullable(String)) AS detail FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT count() AS fg_n, min(fg_s_raw) AS fg_example
  FROM `decisions`
  WHERE COALESCE(fg_p, 0) <> -1 AND COALESCE(fg_y, 0) <> -1 AND fg_s_raw IS NOT NULL AND (fg_s IS NULL OR fg_s < 0 OR fg_s > 1)
) WHERE fg_n > 0
UNION ALL
SELECT CAST('bin' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(fg_b AS Nullable(Int64)) AS bin, CAST(NULL AS Nullable(Float64)) AS score, CAST(NULL AS Nullable(Int64)) AS label, CAST(NULL AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(fg_selected AS Nullable(Int64)) AS selected, CAST(fg_positives AS Nullable(Int64)) AS positives, CAST(fg_tp AS Nullable(Int64)) AS tp, CAST(fg_sum_score AS Nullable(Float64)) AS sum_score, CAST(fg_sum_score_squared AS Nullable(Float64)) AS sum_score_squared, CAST(fg_sum_squared_error AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT fg_attribute, fg_v1, fg_b, COUNT(*) AS fg_n, SUM(fg_dec) AS fg_selected, SUM(fg_y) AS fg_positives, SUM(fg_dec * fg_y) AS fg_tp, SUM(fg_s) AS fg_sum_score, SUM(fg_s * fg_s) AS fg_sum_score_squared, SUM((fg_s - fg_y) * (fg_s - fg_y)) AS fg_sum_squared_error
  FROM `decisions`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1, [1, fg_g0 <> ''] AS fg_kept
  WHERE fg_y IN (0, 1) AND fg_s IS NOT NULL AND fg_kept = 1
  GROUP BY fg_attribute, fg_v1, fg_b
)
UNION ALL
SELECT CAST('auc' AS Nullable(String)) AS kind, CAST(fg_attribute AS Nullable(String)) AS attribute, CAST(nullIf(fg_v1, '') AS Nullable(String)) AS v1, CAST(NULL AS Nullable(Int64)) AS bin, CAST(fg_score AS Nullable(Float64)) AS score, CAST(fg_label AS Nullable(Int64)) AS label, CAST(fg_grid AS Nullable(Int64)) AS grid, CAST(fg_n AS Nullable(Int64)) AS n, CAST(NULL AS Nullable(Int64)) AS selected, CAST(NULL AS Nullable(Int64)) AS positives, CAST(NULL AS Nullable(Int64)) AS tp, CAST(NULL AS Nullable(Float64)) AS sum_score, CAST(NULL AS Nullable(Float64)) AS sum_score_squared, CAST(NULL AS Nullable(Float64)) AS sum_squared_error, CAST(NULL AS Nullable(String)) AS detail FROM (
  SELECT fg_attribute, fg_v1, if(fg_count > 10000, toFloat64(tupleElement(fg_pair, 3)), tupleElement(fg_pair, 1)) AS fg_score, tupleElement(fg_pair, 2) AS fg_label, fg_count > 10000 AS fg_grid, sum(tupleElement(fg_pair, 4)) AS fg_n FROM (
  SELECT fg_attribute, fg_v1, groupArray((fg_s, fg_y, fg_cell, fg_n)) AS fg_pairs, count() AS fg_count FROM (
WITH
    CAST(NULL AS Nullable(String)) AS fg_p_raw,
    NULLIF(replaceRegexpAll(CAST(`it's` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_l_raw,
    NULLIF(replaceRegexpAll(CAST(`score` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), '') AS fg_s_raw,
    ifNull(NULLIF(replaceRegexpAll(CAST(`region` AS Nullable(String)), '^[ \t\r\n]+|[ \t\r\n]+$', ''), ''), '') AS fg_g0,
    replaceRegexpOne(fg_s_raw, '^[+-]', '') AS fg_s_u,
    replaceRegexpOne(fg_s_u, '[eE].*$', '') AS fg_s_m,
    replaceRegexpOne(replaceAll(fg_s_m, '.', ''), '^0+', '') AS fg_s_d,
    extract(fg_s_u, '[eE][+]?(-?[0-9]+)$') AS fg_s_e,
    toInt64OrZero(fg_s_e) - length(extract(fg_s_m, '[.]([0-9]*)')) AS fg_s_q,
    toUInt64OrZero(fg_s_d) AS fg_s_i,
    if(length(fg_s_d) <= 16 AND fg_s_i <= 9007199254740992 AND length(fg_s_e) <= 6 AND fg_s_q >= -22 AND fg_s_q <= 22, if(fg_s_q < 0, toFloat64(fg_s_i) / (toFloat64(intExp10(least(-fg_s_q, 11))) * toFloat64(intExp10(greatest(-fg_s_q - 11, 0)))), toFloat64(fg_s_i) * (toFloat64(intExp10(least(fg_s_q, 11))) * toFloat64(intExp10(greatest(fg_s_q - 11, 0))))), toFloat64OrNull(fg_s_u)) AS fg_s_abs,
    CASE WHEN match(fg_s_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN if(substring(fg_s_raw, 1, 1) = '-', 0 - fg_s_abs, fg_s_abs) END AS fg_s,
    CAST(NULL AS Nullable(Int64)) AS fg_p,
    CASE WHEN fg_l_raw IS NULL THEN NULL WHEN fg_l_raw IN ('won', 'o\'k') THEN 1 ELSE 0 END AS fg_y,
    CASE WHEN fg_s >= CAST(0.3 AS Nullable(Float64)) THEN 1 ELSE 0 END AS fg_dec,
    CAST(greatest(least(FLOOR(5 * fg_s), 4), 0) AS Nullable(Int64)) AS fg_b,
    CASE WHEN fg_s / CAST(0.0001 AS Nullable(Float64)) < 0.5 THEN 0 ELSE CAST(FLOOR(fg_s / CAST(0.0001 AS Nullable(Float64)) + 0.5) AS Nullable(Int64)) END AS fg_cell
  SELECT fg_attribute, fg_v1, fg_s, fg_y, fg_cell, count() AS fg_n
  FROM `decisions`
  ARRAY JOIN ['', 'region'] AS fg_attribute, ['', multiIf(fg_g0 = '', '(missing)', match(fg_g0, '^(?:\\\\*\\(missing\\))$'), concat('\\', fg_g0), fg_g0)] AS fg_v1, [1, fg_g0 <> ''] AS fg_kept
  WHERE fg_y IN (0, 1) AND fg_s IS NOT NULL AND fg_kept = 1
  GROUP BY fg_attribute, fg_v1, fg_s, fg_y, fg_cell
) GROUP BY fg_attribute, fg_v1
) ARRAY JOIN fg_pairs AS fg_pair GROUP BY fg_attribute, fg_v1, fg_score, fg_label, fg_grid
);
