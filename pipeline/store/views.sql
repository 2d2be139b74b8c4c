-- Analyst views. Each statement is separated by a line with only ';'.
CREATE OR REPLACE VIEW officials AS
SELECT p.name AS person, t.title, t.head, t.acting, t.organization, t.region_code,
       p.document_id, d.published AS date, d.source
FROM persons p
JOIN person_titles t USING (document_id, person_id)
JOIN documents d USING (document_id)
;
CREATE OR REPLACE VIEW events AS
SELECT e.document_id, e.event_id, e.is_main, e.kind, e.name, e.start_date, e.end_date,
       e.place, e.place_code,
       CASE WHEN e.place_code IS NOT NULL THEN split_part(e.place_code, '.', 1) END AS province_code,
       CASE WHEN length(e.place_code) >= 5 THEN left(e.place_code, 5) END AS kabupaten_kota_code,
       e.venue, e.organizer, e.future, d.published, d.source
FROM event_facts e JOIN documents d USING (document_id)
;
CREATE OR REPLACE VIEW event_roles AS
SELECT r.document_id, r.event_id, e.name AS event, r.role, r.name, r.start_char, r.end_char
FROM event_role_facts r JOIN event_facts e USING (document_id, event_id)
;
CREATE OR REPLACE VIEW representations_summary AS
SELECT principal, representative, count(*) AS times, min(d.published) AS first_date, max(d.published) AS last_date
FROM representations JOIN documents d USING (document_id)
GROUP BY ALL
;
