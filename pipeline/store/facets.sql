-- The materialized part of the view document_facets: per document, the province and kabupaten/kota its facts
-- point to, its main event's first day and its main topic. Names marked with an at sign are tables: the stored
-- ones for a full refresh, or a loaded batch's own rows (facts are replaced per document as a whole).
-- Where: the main event's place, else the most mentioned coded place, else the organizations' and the
-- titles' jurisdictions.
WITH place_mentions AS (
    SELECT document_id, fact_id AS place_id, count(*) AS n FROM @mentions WHERE kind = 'place' GROUP BY ALL
), candidates AS (
    SELECT document_id, place_code AS code, 1 AS priority, 0 AS n, event_id AS ord
    FROM @event_facts WHERE is_main
    UNION ALL
    SELECT p.document_id, coalesce(p.code, p.province_code), 2, coalesce(m.n, 0), p.place_id
    FROM @places p LEFT JOIN place_mentions m USING (document_id, place_id)
    UNION ALL
    SELECT document_id, region_code, 3, 0, org_id FROM @organizations
    UNION ALL
    SELECT document_id, region_code, 4, 0, person_id * 1000 + title_id FROM @person_titles
), coded AS (  -- the same tests as the macros warta_province / warta_kabkota of views.sql
    SELECT *, left(code, 2) AS province_code,
           CASE WHEN regexp_matches(code, '^[0-9]{2}[.][0-9]{2}') THEN left(code, 5) END AS kabkota_code
    FROM candidates WHERE regexp_matches(code, '^[0-9]{2}([.]|$)')
), best AS (
    SELECT document_id, first(province_code ORDER BY priority, n DESC, ord) AS province_code FROM coded GROUP BY ALL
), best_kabkota AS (
    SELECT c.document_id, first(c.kabkota_code ORDER BY c.priority, c.n DESC, c.ord) AS kabupaten_kota_code
    FROM coded c JOIN best b USING (document_id)
    WHERE c.province_code = b.province_code AND c.kabkota_code IS NOT NULL
    GROUP BY ALL
), main_event AS (
    SELECT document_id, min(start_date) AS event_start FROM @event_facts WHERE is_main GROUP BY ALL
), main_topic AS (
    SELECT document_id, min(label) AS main_topic FROM @topics WHERE rank = 1 GROUP BY ALL
)
SELECT i.document_id, b.province_code, k.kabupaten_kota_code, e.event_start, t.main_topic
FROM (SELECT DISTINCT document_id FROM @ids) i
LEFT JOIN best b USING (document_id)
LEFT JOIN best_kabkota k USING (document_id)
LEFT JOIN main_event e USING (document_id)
LEFT JOIN main_topic t USING (document_id)
