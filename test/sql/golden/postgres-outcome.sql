-- fairgate test: per-group statistics for `fairgate audit --from-aggregates <result>` (postgres).
-- Run: psql "$DATABASE_URL" --csv -f q.sql > stats.csv
-- AUC counts are per exact score while a group has at most 10000 distinct (score, label) pairs, else per 1e-4 cell
-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).
-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).
WITH
raw AS (
  SELECT
    NULLIF(btrim(CAST("targeted" AS TEXT), ' ' || chr(9) || chr(13) || chr(10)), '') AS p_raw,
    CAST(NULL AS TEXT) AS l_raw,
    CAST(NULL AS TEXT) AS s_raw,
    NULLIF(btrim(CAST("offer_value" AS TEXT), ' ' || chr(9) || chr(13) || chr(10)), '') AS o_raw,
    COALESCE(NULLIF(btrim(CAST("ethnicity" AS TEXT), ' ' || chr(9) || chr(13) || chr(10)), ''), '') AS g0
  FROM "analytics"."marketing"
),
decoded AS (
  SELECT raw.*,
    CASE WHEN p_raw IS NULL THEN NULL WHEN lower(p_raw) IN ('true', 'yes') THEN 1 WHEN lower(p_raw) IN ('false', 'no') THEN 0 WHEN CASE WHEN (p_raw ~ '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN CAST(p_raw AS DOUBLE PRECISION) END = 1 THEN 1 WHEN CASE WHEN (p_raw ~ '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN CAST(p_raw AS DOUBLE PRECISION) END = 0 THEN 0 ELSE -1 END AS p,
    CAST(NULL AS BIGINT) AS y,
    CAST(NULL AS DOUBLE PRECISION) AS s,
    CASE WHEN (o_raw ~ '^(?:[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$') THEN CAST(o_raw AS DOUBLE PRECISION) END AS o
  FROM raw
),
used AS (
  SELECT decoded.*, p AS dec, CAST(NULL AS BIGINT) AS b, CAST(NULL AS BIGINT) AS cell
  FROM decoded
  WHERE p IN (0, 1) AND o IS NOT NULL
),
keyed AS (
  SELECT '' AS attribute, CAST(NULL AS TEXT) AS v1, dec, y, s, o, b, cell FROM used
  UNION ALL
  SELECT 'ethnicity' AS attribute, CASE WHEN g0 = '' THEN '(missing)' WHEN (g0 ~ '^(?:\\*\(missing\))$') THEN '\' || g0 ELSE g0 END AS v1, dec, y, s, o, b, cell FROM used
)
SELECT 'meta' AS kind, CAST(NULL AS TEXT) AS attribute, CAST(NULL AS TEXT) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, '{"columns":{"prediction":"targeted","score":null,"label":null},"predictionPositive":null,"labelPositive":null,"threshold":null,"groups":["ethnicity"],"missing":"group","bins":10,"aucExactLimit":10000,"aucGridStep":0.0001,"outcome":"offer_value","exactMemoryMB":0}' AS detail FROM raw
UNION ALL
SELECT 'dropped' AS kind, CAST(NULL AS TEXT) AS attribute, CAST(NULL AS TEXT) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, reason AS detail FROM (SELECT CASE WHEN p IS NULL THEN 'missing_prediction' WHEN o_raw IS NULL THEN 'missing_outcome' END AS reason FROM decoded WHERE COALESCE(p, 0) <> -1 AND COALESCE(y, 0) <> -1) r WHERE reason IS NOT NULL GROUP BY reason
UNION ALL
SELECT 'invalid' AS kind, 'prediction' AS attribute, CAST(NULL AS TEXT) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(p_raw) AS example FROM decoded WHERE p = -1) i WHERE n > 0
UNION ALL
SELECT 'value' AS kind, 'prediction' AS attribute, CAST(NULL AS TEXT) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, raw AS detail FROM (SELECT p_raw AS raw, COUNT(*) AS n, ROW_NUMBER() OVER (ORDER BY p_raw) AS k FROM decoded WHERE p_raw IS NOT NULL GROUP BY p_raw) v WHERE k <= 20
UNION ALL
SELECT 'invalid' AS kind, 'outcome' AS attribute, CAST(NULL AS TEXT) AS v1, CAST(NULL AS BIGINT) AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, n AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, example AS detail FROM (SELECT COUNT(*) AS n, MIN(o_raw) AS example FROM decoded WHERE COALESCE(p, 0) <> -1 AND COALESCE(y, 0) <> -1 AND CASE WHEN p IS NULL THEN 'missing_prediction' WHEN o_raw IS NULL THEN 'missing_outcome' END IS NULL AND NOT (s_raw IS NOT NULL AND (s IS NULL)) AND o IS NULL) i WHERE n > 0
UNION ALL
SELECT 'bin' AS kind, attribute AS attribute, v1 AS v1, b AS bin, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, SUM(dec) AS selected, SUM(y) AS positives, SUM(dec * y) AS tp, SUM(s) AS sum_score, SUM(s * s) AS sum_score_squared, SUM((s - y) * (s - y)) AS sum_squared_error, CAST(NULL AS TEXT) AS detail FROM keyed GROUP BY attribute, v1, b
UNION ALL
SELECT 'outcome' AS kind, attribute AS attribute, v1 AS v1, CAST(NULL AS BIGINT) AS bin, o AS score, CAST(NULL AS BIGINT) AS label, CAST(NULL AS BIGINT) AS grid, COUNT(*) AS n, CAST(NULL AS BIGINT) AS selected, CAST(NULL AS BIGINT) AS positives, CAST(NULL AS BIGINT) AS tp, CAST(NULL AS DOUBLE PRECISION) AS sum_score, CAST(NULL AS DOUBLE PRECISION) AS sum_score_squared, CAST(NULL AS DOUBLE PRECISION) AS sum_squared_error, CAST(NULL AS TEXT) AS detail FROM keyed GROUP BY attribute, v1, o;
