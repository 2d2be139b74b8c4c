-- Analyst views. Each statement is separated by a line with only ';'.
-- Every view keeps document_id so a row can be traced back to its document (and through the fact tables and
-- `mentions` to char offsets in documents.text). Codes are Kemendagri codes; names come from `regions`.
-- Replaced by representation_network (the TABLE `representations` holds the per-document facts).
DROP VIEW IF EXISTS representations_summary
;
-- The province part of a region code ('72.02.05' -> '72'); NULL for anything that is not a code.
CREATE OR REPLACE MACRO warta_province(code) AS
    CASE WHEN regexp_matches(code, '^[0-9]{2}([.]|$)') THEN left(code, 2) END
;
-- The kabupaten/kota part of a region code ('72.02.05' -> '72.02'); NULL above that level.
CREATE OR REPLACE MACRO warta_kabkota(code) AS
    CASE WHEN regexp_matches(code, '^[0-9]{2}[.][0-9]{2}') THEN left(code, 5) END
;
-- One row per document: when (year, month) and where (province, kabupaten/kota) it is about.
-- When: the publication date, else the main event's first day.
-- Where: the main event's place, else the most mentioned coded place, else the organizations' and the
-- titles' jurisdictions. Computed from the facts when they are loaded (pipeline/store/facets.sql) into the
-- table document_facet_keys, so the views built on this one do not rank place candidates on every query.
CREATE OR REPLACE VIEW document_facets AS
SELECT d.document_id, d.title, d.source, d.published,
       year(coalesce(d.published, k.event_start)) AS year,
       date_trunc('month', coalesce(d.published, k.event_start))::DATE AS month,
       k.province_code, rp.name AS province, k.kabupaten_kota_code, rk.name AS kabupaten_kota,
       k.main_topic
FROM documents d
LEFT JOIN document_facet_keys k USING (document_id)
LEFT JOIN regions rp ON rp.code = k.province_code
LEFT JOIN regions rk ON rk.code = k.kabupaten_kota_code
;
-- Named people with a position. Province: of the title's jurisdiction, else of the document.
CREATE OR REPLACE VIEW officials AS
SELECT p.name AS person, t.title, t.head, t.acting, t.acting IS NOT NULL AS is_acting, t.portfolio,
       t.organization, t.region_code, r.name AS region,
       coalesce(warta_province(t.region_code), f.province_code) AS province_code,
       coalesce(rp.name, f.province) AS province,
       p.document_id, f.published AS date, f.source, t.start_char, t.end_char
FROM persons p
JOIN person_titles t USING (document_id, person_id)
JOIN document_facets f USING (document_id)
LEFT JOIN regions r ON r.code = t.region_code
LEFT JOIN regions rp ON rp.code = warta_province(t.region_code)
;
-- Events (main and others). Place: the event's own place code, else the document's facets.
CREATE OR REPLACE VIEW events AS
WITH located AS (
    SELECT e.*, f.published, f.source,
           coalesce(warta_province(e.place_code), f.province_code) AS province_code,
           CASE WHEN warta_province(e.place_code) IS NOT NULL THEN warta_kabkota(e.place_code)
                ELSE f.kabupaten_kota_code END AS kabupaten_kota_code
    FROM event_facts e JOIN document_facets f USING (document_id)
)
SELECT l.document_id, l.event_id, l.is_main, l.kind, l.name, l.start_date,
       coalesce(l.end_date, l.start_date) AS end_date, l.place, l.place_code,
       l.province_code, rp.name AS province, l.kabupaten_kota_code, rk.name AS kabupaten_kota,
       l.venue, l.organizer, l.future, l.published, l.source, l.start_char, l.end_char
FROM located l
LEFT JOIN regions rp ON rp.code = l.province_code
LEFT JOIN regions rk ON rk.code = l.kabupaten_kota_code
;
-- Who did what at an event (organizer, opened_by, speaker, attendee, ...).
CREATE OR REPLACE VIEW event_roles AS
SELECT r.document_id, r.event_id, e.name AS event, e.start_date AS event_start, r.role, r.name,
       e.province_code, e.province, e.published, r.start_char, r.end_char
FROM event_role_facts r JOIN events e USING (document_id, event_id)
;
-- One row per organization per document with the key organizations are counted under across documents:
-- org_key when the resolver found one, else the lower-cased name, plus ' @' and the region code when the
-- jurisdiction is known (same-named regional units of different regions stay apart); `organization` is the
-- most frequent name under that key. Group on organization_key (or organization) to count as the reports do.
CREATE OR REPLACE VIEW organization_keys AS
WITH orgs AS (
    SELECT document_id, org_id, name, kind,
           coalesce(org_key, lower(name)) || coalesce(' @' || region_code, '') AS organization_key
    FROM organizations
), name_counts AS (
    SELECT organization_key, name, kind, count(*) AS n FROM orgs GROUP BY ALL
), labels AS (  -- the most frequent name under the key; ties: the fullest
    SELECT organization_key, first(name ORDER BY n DESC, length(name) DESC, name) AS organization,
           first(kind ORDER BY n DESC, kind) AS organization_kind
    FROM name_counts GROUP BY ALL
)
SELECT o.document_id, o.org_id, o.name, o.kind, o.organization_key, l.organization, l.organization_kind
FROM orgs o JOIN labels l USING (organization_key)
;
-- Per organization (organization_keys), month and province of the documents (each document has one
-- province, so summing over provinces gives per-organization totals).
-- events_organized: events whose organizer (or an 'organizer' role) is the organization or one of its aliases.
CREATE OR REPLACE VIEW organization_activity AS
WITH names AS (  -- UNION ALL: repeated names are harmless, events are counted DISTINCT
    SELECT document_id, org_id, lower(name) AS n FROM organizations
    UNION ALL SELECT document_id, org_id, lower(alias) FROM organization_aliases
), organizers AS (
    SELECT document_id, event_id, lower(organizer) AS n FROM event_facts WHERE organizer IS NOT NULL
    UNION ALL SELECT document_id, event_id, lower(name) FROM event_role_facts WHERE role = 'organizer'
), organized AS (
    SELECT n.document_id, n.org_id, count(DISTINCT o.event_id) AS events
    FROM names n JOIN organizers o ON o.document_id = n.document_id AND o.n = n.n
    GROUP BY ALL
), activity AS (  -- names are joined to the groups, not grouped over: fewer and narrower group keys
    SELECT o.organization_key, f.month, f.province_code,
           count(DISTINCT o.document_id) AS documents, coalesce(sum(g.events), 0)::BIGINT AS events_organized
    FROM organization_keys o
    JOIN document_facets f USING (document_id)
    LEFT JOIN organized g ON g.document_id = o.document_id AND g.org_id = o.org_id
    GROUP BY ALL
), labels AS (
    SELECT DISTINCT organization_key, organization, organization_kind AS kind FROM organization_keys
)
SELECT a.organization_key, l.organization, l.kind, a.month, a.province_code, r.name AS province,
       a.documents, a.events_organized
FROM activity a
JOIN labels l USING (organization_key)
LEFT JOIN regions r ON r.code = a.province_code
;
-- Policy topics per province and month (documents with the topic among their 1-3 topics; primary: ranked first).
-- Month and province are the document's (document_facets).
CREATE OR REPLACE VIEW topic_trends AS
SELECT t.label AS topic, f.province_code, f.province, f.month,
       count(DISTINCT t.document_id) AS documents,
       count(DISTINCT t.document_id) FILTER (WHERE t.rank = 1) AS primary_documents,
       avg(t.score) AS mean_score
FROM topics t JOIN document_facets f USING (document_id)
GROUP BY ALL
;
-- Who stands in for whom, and how often (from the per-document TABLE `representations`).
CREATE OR REPLACE VIEW representation_network AS
SELECT r.principal, r.representative, count(*) AS times, count(DISTINCT r.document_id) AS documents,
       list(DISTINCT r.relation ORDER BY r.relation) AS relations,
       min(f.published) AS first_date, max(f.published) AS last_date
FROM representations r JOIN document_facets f USING (document_id)
GROUP BY ALL
;
-- Named places mentioned, counted per province.
CREATE OR REPLACE VIEW places_by_province AS
SELECT warta_province(coalesce(p.code, p.province_code)) AS province_code, r.name AS province,
       count(DISTINCT p.name) AS places, count(*) AS place_facts, count(DISTINCT p.document_id) AS documents
FROM places p
LEFT JOIN regions r ON r.code = warta_province(coalesce(p.code, p.province_code))
GROUP BY ALL
;
-- Discovered themes with a readable label (their top terms), from `warta discover`.
CREATE OR REPLACE VIEW theme_labels AS
SELECT theme_id, string_agg(term, ', ' ORDER BY rank) FILTER (WHERE rank <= 4) AS label,
       list(term ORDER BY rank) AS terms
FROM discovered_themes
GROUP BY ALL
;
-- Each document's strongest discovered theme, with when and where.
CREATE OR REPLACE VIEW document_main_theme AS
SELECT dt.document_id, dt.theme_id, l.label, dt.weight, f.month, f.province_code, f.province
FROM (SELECT document_id, arg_max(theme_id, weight) AS theme_id, max(weight) AS weight
      FROM document_themes WHERE weight > 0 GROUP BY ALL) dt
JOIN document_facets f USING (document_id)
LEFT JOIN theme_labels l USING (theme_id)
;
-- A document's date: its main event's first day, else its publication date.
CREATE OR REPLACE VIEW document_dates AS
SELECT d.document_id, coalesce(min(e.start_date), d.published) AS date
FROM documents d LEFT JOIN event_facts e ON e.document_id = d.document_id AND e.is_main
GROUP BY d.document_id, d.published
;
-- Who held which post when: one row per spell, i.e. a run of mentions of one post (post_key) by one person
-- with one acting status, in date order; a mention of another holder in between ends the spell. Mentions of a
-- former holder, a candidate or the office itself (person_titles.status not NULL) and titles without a post
-- do not count. Dates are the documents' (document_dates). A mention without the acting marker between the
-- first and the last acting mention of the same holder ("Bupati Ende X" in a release of X's term as Pj.) is
-- part of the acting spell: releases often drop the marker.
CREATE OR REPLACE VIEW office_holders AS
WITH mentioned AS (
    SELECT t.post_key, t.post, t.head, t.organization, t.region_code, l.person_id, t.acting,
           t.document_id, dd.date
    FROM person_titles t
    JOIN people_documents l ON l.document_id = t.document_id AND l.doc_person_id = t.person_id
    JOIN document_dates dd ON dd.document_id = t.document_id
    WHERE t.post_key IS NOT NULL AND t.status IS NULL
), acting_terms AS (
    SELECT *, min(CASE WHEN acting IS NOT NULL THEN date END) OVER holder AS acting_from,
              max(CASE WHEN acting IS NOT NULL THEN date END) OVER holder AS acting_until,
              max(acting) OVER holder AS holder_marker
    FROM mentioned
    WINDOW holder AS (PARTITION BY post_key, person_id)
), held AS (
    SELECT post_key, post, head, organization, region_code, person_id, document_id, date,
           coalesce(acting, CASE WHEN date BETWEEN acting_from AND acting_until THEN holder_marker END) AS acting
    FROM acting_terms
), keyed AS (
    SELECT *, person_id || '|' || coalesce(acting, '') AS holder FROM held
), changes AS (
    SELECT *, CASE WHEN lag(holder) OVER w IS DISTINCT FROM holder THEN 1 ELSE 0 END AS new_spell
    FROM keyed
    WINDOW w AS (PARTITION BY post_key ORDER BY date NULLS LAST, holder)
), spells AS (
    SELECT *, sum(new_spell) OVER (PARTITION BY post_key ORDER BY date NULLS LAST, holder
                                   ROWS UNBOUNDED PRECEDING) AS spell
    FROM changes
), labels AS (  -- the post's most frequent name, head and organization across all its mentions
    SELECT post_key, mode(post) AS post, mode(head) AS head, mode(organization) AS organization,
           any_value(region_code) AS region_code  -- part of the key: one per post
    FROM held GROUP BY post_key
)
SELECT s.post_key, l.post, l.head, l.organization, l.region_code, s.person_id,
       p.name AS person, any_value(s.acting) IS NOT NULL AS acting, any_value(s.acting) AS marker,
       min(s.date) AS first_seen, max(s.date) AS last_seen, count(DISTINCT s.document_id) AS documents,
       r.name AS region, s.spell AS spell_no, list(DISTINCT s.document_id ORDER BY s.document_id) AS document_ids
FROM spells s
JOIN labels l USING (post_key)
JOIN people p ON p.person_id = s.person_id
LEFT JOIN regions r ON r.code = l.region_code
GROUP BY s.post_key, l.post, l.head, l.organization, l.region_code, s.person_id, p.name, r.name, s.spell, s.holder
;
