-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (duckdb).
-- Run: duckdb my.db -csv -c ".read q.sql" > stats.csv   (or: COPY (<query>) TO 'stats.csv' (HEADER))
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
WITH
raw AS (
  SELECT
    CAST(NULL AS VARCHAR) AS p_raw,
    NULLIF(trim(CAST("it's" AS VARCHAR), ' ' || chr(9) || chr(13) || chr(10)), '') AS l_raw,
    NULLIF(trim(CAST("score" AS VARCHAR), ' ' || chr(9) || chr(13) || chr(10)), '') AS s_raw,
    COALESCE(NULLIF(trim(CAST("region" AS VARCHAR), ' ' || chr(9) || chr(13) || chr(10)), ''), '') AS g0
  FROM "decisions"
),
decoded AS (
  SELECT raw.*,
    CAST(NULL AS BIGINT) AS p,
    CASE WHEN l_raw IS NULL THEN NULL WHEN l_raw IN ('won', 'o''k') THEN 1 ELSE 0 END AS y,
    CASE WHEN regexp_full_match(s_raw, '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?') THEN TRY_CAST(s_raw AS DOUBLE) END AS s
  FROM raw
),
used AS (
  SELECT decoded.*, CASE WHEN s >= CAST(0.3 AS DOUBLE) THEN 1 ELSE 0 END AS dec, CAST(GREATEST(LEAST(FLOOR(5 * s), 4), 0) AS BIGINT) AS b, CASE WHEN s / CAST(0.0001 AS DOUBLE) < 0.5 THEN 0 ELSE CAST(FLOOR(s / CAST(0.0001 AS DOUBLE) + 0.5) AS BIGINT) END AS cell
  FROM decoded
  WHERE y IN (0, 1) AND s IS NOT NULL
),
keyed AS (
  SELECT '' AS attribute, CAST(NULL AS VARCHAR) AS v1, dec, y, s, b, cell FROM used
  UNION ALL
  SELECT 'region' AS attribute, CASE WHEN g0 = '' THEN '(missing)' WHEN regexp_full_match(g0, '\\*\(missing\)') THEN '\' || g0 ELSE g0 END AS v1, dec, y, s, b, cell FROM used
  WHERE g0 <> ''
)
SELECT 'meta' AS kind, CAST(NULL AS VARCHAR) AS attribute, CAST(NULL AS VARCHAR) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, '{"columns":{"prediction":null,"score":"score","label":"it''s"},"predictionPositive":null,"labelPositive":["won","o''k"],"threshold":0.3,"groups":["region"],"missing":"drop","bins":5,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":null,"exactMemoryMB":0}' AS detail FROM raw
UNION ALL
SELECT 'dropped' AS kind, CAST(NULL AS VARCHAR) AS attribute, CAST(NULL AS VARCHAR) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, reason AS detail FROM (SELECT CASE WHEN y IS NULL THEN 'missing_label' WHEN s_raw IS NULL THEN 'missing_score' END AS reason FROM decoded WHERE COALESCE(p, 0) <> -1 AND COALESCE(y, 0) <> -1) r WHERE reason IS NOT NULL GROUP BY reason
UNION ALL
SELECT 'invalid' AS kind, 'label' AS attribute, CAST(NULL AS VARCHAR) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(l_raw) AS example FROM decoded WHERE y = -1) i WHERE n > 0
UNION ALL
SELECT 'value' AS kind, 'label' AS attribute, CAST(NULL AS VARCHAR) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, raw AS detail FROM (SELECT l_raw AS raw, COUNT(*) AS n, ROW_NUMBER() OVER (ORDER BY l_raw) AS k FROM decoded WHERE l_raw IS NOT NULL GROUP BY l_raw) v WHERE k <= 20
UNION ALL
SELECT 'invalid' AS kind, 'score' AS attribute, CAST(NULL AS VARCHAR) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(s_raw) AS example FROM decoded WHERE COALESCE(p, 0) <> -1 AND COALESCE(y, 0) <> -1 AND s_raw IS NOT NULL AND (s IS NULL OR s < 0 OR s > 1)) i WHERE n > 0
UNION ALL
SELECT 'bin' AS kind, attribute AS attribute, v1 AS v1, b AS bin, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, SUM(dec) AS selected, SUM(y) AS positives, SUM(dec * y) AS tp, SUM(s) AS sum_score, SUM(s * s) AS sum_score_squared, SUM((s - y) * (s - y)) AS sum_squared_error, CAST(NULL AS VARCHAR) AS detail FROM keyed GROUP BY attribute, v1, b
UNION ALL
SELECT 'auc' AS kind, attribute AS attribute, v1 AS v1, CAST(NULL AS BIGINT) AS bin, CASE WHEN pairs > 10000 THEN cell ELSE s END AS score, y AS label, CASE WHEN pairs > 10000 THEN 1 ELSE 0 END AS grid, SUM(n) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE) AS sum_score, CAST(NULL AS DOUBLE) AS sum_score_squared, CAST(NULL AS DOUBLE) AS sum_squared_error, CAST(NULL AS VARCHAR) AS detail FROM (SELECT attribute, v1, s, y, cell, COUNT(*) AS n, COUNT(*) OVER (PARTITION BY attribute, v1) AS pairs FROM keyed GROUP BY attribute, v1, s, y, cell) p GROUP BY attribute, v1, CASE WHEN pairs > 10000 THEN cell ELSE s END, y, CASE WHEN pairs > 10000 THEN 1 ELSE 0 END;
