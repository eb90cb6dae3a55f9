-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (bigquery).
-- Run: bq query --use_legacy_sql=false --format=json --max_rows=100000000 "$(cat q.sql)" > stats.json
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
WITH
raw AS (
  SELECT
    NULLIF(TRIM(CAST(`targeted` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), '') AS p_raw,
    NULLIF(TRIM(CAST(`converted` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), '') AS l_raw,
    CAST(NULL AS STRING) AS s_raw,
    NULLIF(TRIM(CAST(`offer_tier` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), '') AS c_raw,
    NULLIF(TRIM(CAST(`consent` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), '') AS k_raw,
    NULLIF(TRIM(CAST(`model_b` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), '') AS m_raw,
    COALESCE(NULLIF(TRIM(CAST(`region` AS STRING), CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10]))), ''), '') AS g0
  FROM `analytics`.`marketing`
),
decoded AS (
  SELECT raw.*,
    CASE WHEN p_raw IS NULL THEN NULL WHEN lower(p_raw) IN ('true', 'yes') THEN 1 WHEN lower(p_raw) IN ('false', 'no') THEN 0 WHEN CASE WHEN REGEXP_CONTAINS(p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(p_raw AS FLOAT64) END = 1 THEN 1 WHEN CASE WHEN REGEXP_CONTAINS(p_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(p_raw AS FLOAT64) END = 0 THEN 0 ELSE -1 END AS p,
    CASE WHEN l_raw IS NULL THEN NULL WHEN lower(l_raw) IN ('true', 'yes') THEN 1 WHEN lower(l_raw) IN ('false', 'no') THEN 0 WHEN CASE WHEN REGEXP_CONTAINS(l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(l_raw AS FLOAT64) END = 1 THEN 1 WHEN CASE WHEN REGEXP_CONTAINS(l_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(l_raw AS FLOAT64) END = 0 THEN 0 ELSE -1 END AS y,
    CAST(NULL AS FLOAT64) AS s,
    CASE WHEN k_raw IS NULL THEN 2 WHEN lower(k_raw) IN ('yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given') THEN 0 WHEN lower(k_raw) IN ('no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied') THEN 1 ELSE -1 END AS k,
    CASE WHEN m_raw IS NULL THEN -2 ELSE CASE WHEN m_raw IS NULL THEN NULL WHEN lower(m_raw) IN ('true', 'yes') THEN 1 WHEN lower(m_raw) IN ('false', 'no') THEN 0 WHEN CASE WHEN REGEXP_CONTAINS(m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(m_raw AS FLOAT64) END = 1 THEN 1 WHEN CASE WHEN REGEXP_CONTAINS(m_raw, '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN SAFE_CAST(m_raw AS FLOAT64) END = 0 THEN 0 ELSE -1 END END AS m
  FROM raw
),
used AS (
  SELECT decoded.*, p AS dec, CAST(NULL AS INT64) AS b, CAST(NULL AS INT64) AS cell
  FROM decoded
  WHERE p IN (0, 1) AND y IN (0, 1) AND c_raw IS NOT NULL
),
keyed AS (
  SELECT '' AS attribute, CAST(NULL AS STRING) AS v1, dec, y, s, b, cell, c_raw, k, m FROM used
  UNION ALL
  SELECT 'region' AS attribute, CASE WHEN g0 = '' THEN '(missing)' WHEN REGEXP_CONTAINS(g0, '^(?:\\\\*\\(missing\\))$') THEN '\\' || g0 ELSE g0 END AS v1, dec, y, s, b, cell, c_raw, k, m FROM used
)
SELECT 'meta' AS kind, CAST(NULL AS STRING) AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, '{"columns":{"prediction":"targeted","score":null,"label":"converted"},"predictionPositive":null,"labelPositive":null,"threshold":null,"groups":["region"],"missing":"group","bins":10,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":null,"exactMemoryMB":0,"candidate":"model_b","decision":"offer_tier","consent":{"column":"consent","yes":["yes","y","true","1","opted_in","opt_in","opted-in","opt-in","granted","given"],"no":["no","n","false","0","opted_out","opt_out","opted-out","opt-out","withdrawn","refused","denied"]}}' AS detail FROM raw
UNION ALL
SELECT 'dropped' AS kind, CAST(NULL AS STRING) AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, reason AS detail FROM (SELECT CASE WHEN p IS NULL THEN 'missing_prediction' WHEN y IS NULL THEN 'missing_label' WHEN c_raw IS NULL THEN 'missing_class' END AS reason FROM decoded WHERE COALESCE(p, 0) <> -1 AND COALESCE(y, 0) <> -1) r WHERE reason IS NOT NULL GROUP BY reason
UNION ALL
SELECT 'invalid' AS kind, 'prediction' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(p_raw) AS example FROM decoded WHERE p = -1) i WHERE n > 0
UNION ALL
SELECT 'value' AS kind, 'prediction' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, raw AS detail FROM (SELECT p_raw AS raw, COUNT(*) AS n, ROW_NUMBER() OVER (ORDER BY p_raw) AS k FROM decoded WHERE p_raw IS NOT NULL GROUP BY p_raw) v WHERE k <= 20
UNION ALL
SELECT 'invalid' AS kind, 'label' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(l_raw) AS example FROM decoded WHERE y = -1) i WHERE n > 0
UNION ALL
SELECT 'value' AS kind, 'label' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, raw AS detail FROM (SELECT l_raw AS raw, COUNT(*) AS n, ROW_NUMBER() OVER (ORDER BY l_raw) AS k FROM decoded WHERE l_raw IS NOT NULL GROUP BY l_raw) v WHERE k <= 20
UNION ALL
SELECT 'invalid' AS kind, 'consent' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(k_raw) AS example FROM decoded WHERE p IN (0, 1) AND y IN (0, 1) AND k = -1) i WHERE n > 0
UNION ALL
SELECT 'invalid' AS kind, 'candidate' AS attribute, CAST(NULL AS STRING) AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, n AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(m_raw) AS example FROM decoded WHERE p IN (0, 1) AND y IN (0, 1) AND m < 0) i WHERE n > 0
UNION ALL
SELECT 'bin' AS kind, attribute AS attribute, v1 AS v1, b AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, SUM(dec) AS selected, SUM(y) AS positives, SUM(dec * y) AS tp, SUM(s) AS sum_score, SUM(s * s) AS sum_score_squared, SUM((s - y) * (s - y)) AS sum_squared_error, CAST(NULL AS STRING) AS detail FROM keyed GROUP BY attribute, v1, b
UNION ALL
SELECT 'class' AS kind, attribute AS attribute, v1 AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, CAST(NULL AS INT64) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, c_raw AS detail FROM keyed GROUP BY attribute, v1, c_raw
UNION ALL
SELECT 'consent' AS kind, attribute AS attribute, v1 AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, SUM(dec) AS selected, CAST(NULL AS INT64) AS positives, CAST(NULL AS INT64) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, CASE WHEN k = 1 THEN 'opted_out' ELSE 'unknown' END AS detail FROM keyed WHERE k IN (1, 2) GROUP BY attribute, v1, k
UNION ALL
SELECT 'candidate' AS kind, attribute AS attribute, v1 AS v1, CAST(NULL AS INT64) AS bin, CAST(NULL AS FLOAT64) AS score, CAST(NULL AS INT64) AS label, CAST(NULL AS INT64) AS grid, COUNT(*) AS n, SUM(dec) AS selected, CAST(NULL AS INT64) AS positives, SUM(y) AS tp, CAST(NULL AS FLOAT64) AS sum_score, CAST(NULL AS FLOAT64) AS sum_score_squared, CAST(NULL AS FLOAT64) AS sum_squared_error, CAST(NULL AS STRING) AS detail FROM keyed WHERE m = 1 GROUP BY attribute, v1;
