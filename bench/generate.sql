-- Fills a migrated Coproduce database with generated, reproducible city data, set-based.
-- Run by bench/generate.sh, which sets the psql variables: seed, people, ideas, supports, comments,
-- ratings, shifts (sign-ups follow: about 20 a shift). Every "random" choice is a hash of the row number and the seed
-- (hashint8extended), so the same seed gives the same data whatever plan PostgreSQL picks.
-- Row ids are built from the row number, so rows refer to each other without lookups; the
-- foreign keys hold by construction, and the load skips their per-row checks
-- (session_replication_role = replica) and every derived count is computed here exactly.
\set ON_ERROR_STOP on
\timing off
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';

-- u(n, salt): a uniform number in [0, 1) for row n; id(prefix, n): that row's uuid.
SET bench.seed = :seed;
CREATE FUNCTION pg_temp.u(n bigint, salt int) RETURNS float8 STABLE LANGUAGE sql AS
  $$ SELECT (hashint8extended(n, current_setting('bench.seed')::bigint * 1000 + salt) & 2147483647)::float8
            / 2147483648 $$;
CREATE FUNCTION pg_temp.id(prefix text, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql AS
  $$ SELECT (prefix || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
CREATE FUNCTION pg_temp.pick(options text[], x float8) RETURNS text IMMUTABLE LANGUAGE sql AS
  $$ SELECT options[1 + floor(x * array_length(options, 1))::int] $$;
-- The supports idea n gets: most ideas a handful, one in a thousand goes viral (500 to 3,000),
-- scaled so that the total is close to the requested number of supports (the floor loses about 0.5 an idea).
CREATE FUNCTION pg_temp.supports_of(n bigint, mean float8, people bigint) RETURNS int STABLE LANGUAGE sql AS
  $$ SELECT least(people - 1, CASE WHEN pg_temp.u(n, 31) < 0.001 THEN 500 + floor(pg_temp.u(n, 32) * 2500)
                                   ELSE floor(-ln(1 - pg_temp.u(n, 33)) * greatest(mean - 1.27, 0.1)) END)::int $$;

\echo '  organisations and services (5 and 50)'
INSERT INTO organisations (id, slug, name, description)
SELECT pg_temp.id('b7000000', o), 'city-department-' || o, 'City Department ' || o,
       'A generated department of the city council.'
FROM generate_series(1, 5) o;
INSERT INTO services (id, organisation_id, slug, name, summary, description, category, area_served)
SELECT pg_temp.id('b8000000', s), pg_temp.id('b7000000', 1 + (s - 1) % 5), 'city-service-' || s,
       pg_temp.pick(ARRAY['Street', 'Park', 'Library', 'Housing', 'Youth', 'Care', 'Leisure', 'Recycling',
                          'Transport', 'Safety'], (s % 10) / 10.0) || ' service ' || s,
       'A generated public service of the city, number ' || s || '.',
       'It takes part in co-production: ideas, volunteering, ratings and outcomes.',
       (ARRAY['PARKS_AND_GREEN_SPACES', 'WASTE_AND_RECYCLING', 'LIBRARIES', 'HOUSING', 'HEALTH_AND_WELLBEING',
              'TRANSPORT_AND_STREETS', 'COMMUNITY_SAFETY', 'CHILDREN_AND_YOUNG_PEOPLE', 'ADULT_SOCIAL_CARE',
              'LEISURE_AND_CULTURE'])[1 + s % 10],
       pg_temp.pick(ARRAY['North ward', 'South ward', 'East ward', 'West ward', 'City centre', 'Whole city'],
                    pg_temp.u(s, 1))
FROM generate_series(1, 50) s;

\echo '  people'
INSERT INTO people (id, subject, display_name, email, created_at, updated_at, language, area)
SELECT pg_temp.id('b0000000', p), 'bench-' || p,
       pg_temp.pick(ARRAY['Aled', 'Bethan', 'Carys', 'Dafydd', 'Eleri', 'Ffion', 'Gareth', 'Huw', 'Iwan', 'Jess',
                          'Kofi', 'Lena', 'Mohammed', 'Nia', 'Olu', 'Priya', 'Rhys', 'Sara', 'Tom', 'Wen'],
                    pg_temp.u(p, 2)) || ' ' ||
       pg_temp.pick(ARRAY['Jones', 'Davies', 'Evans', 'Williams', 'Thomas', 'Roberts', 'Hughes', 'Lewis',
                          'Morgan', 'Khan', 'Patel', 'Okafor', 'Smith', 'Price', 'Owen', 'Rees'], pg_temp.u(p, 3)),
       'person' || p || '@example.org',
       now() - make_interval(days => floor(pg_temp.u(p, 4) * 1095)::int),
       now(), CASE WHEN pg_temp.u(p, 5) < 0.2 THEN 'cy' END,
       pg_temp.pick(ARRAY['North ward', 'South ward', 'East ward', 'West ward', 'City centre'], pg_temp.u(p, 6))
FROM generate_series(1, :people) p;

\echo '  ideas'
INSERT INTO ideas (id, service_id, author_id, title, body, tags, status, support_count, created_at, updated_at,
                   answered_at)
SELECT pg_temp.id('b1000000', i), pg_temp.id('b8000000', 1 + floor(50 * pg_temp.u(i, 10) ^ 2)::int),
       pg_temp.id('b0000000', 1 + floor(pg_temp.u(i, 11) * :people)::bigint),
       pg_temp.pick(ARRAY['More', 'Better', 'Safer', 'Greener', 'Quieter', 'Longer opening of the',
                          'Free', 'Shared'], pg_temp.u(i, 12)) || ' ' ||
       pg_temp.pick(ARRAY['benches', 'bins', 'crossings', 'reading rooms', 'bike racks', 'play areas',
                          'bus shelters', 'allotments', 'street lights', 'drop-in sessions'], pg_temp.u(i, 13)) ||
       ' near ' || pg_temp.pick(ARRAY['the market', 'the station', 'the school', 'the river', 'the high street',
                                      'the health centre'], pg_temp.u(i, 14)) || ' (' || i || ')',
       'People here would use it every day. ' ||
       pg_temp.pick(ARRAY['Older residents have asked for it for years.', 'It would make the walk to school safer.',
                          'Volunteers could help look after it.', 'It would cost little and help many.'],
                    pg_temp.u(i, 15)),
       ARRAY[pg_temp.pick(ARRAY['safety', 'green', 'access', 'young-people', 'older-people', 'transport'],
                          pg_temp.u(i, 16))],
       st.status, pg_temp.supports_of(i, :supports::float8 / :ideas, :people), t.created, t.created,
       CASE WHEN st.status NOT IN ('SUBMITTED', 'WITHDRAWN') THEN t.created + interval '12 days' END
FROM generate_series(1, :ideas) i,
     LATERAL (SELECT now() - make_interval(mins => floor(pg_temp.u(i, 17) * 1051200)::int) AS created) t,
     LATERAL (SELECT CASE WHEN x < 0.50 THEN 'SUBMITTED' WHEN x < 0.65 THEN 'UNDER_REVIEW'
                          WHEN x < 0.75 THEN 'ACCEPTED' WHEN x < 0.80 THEN 'IN_PROGRESS'
                          WHEN x < 0.88 THEN 'IMPLEMENTED' WHEN x < 0.98 THEN 'NOT_TAKEN_FORWARD'
                          ELSE 'WITHDRAWN' END AS status
              FROM (SELECT pg_temp.u(i, 18) AS x) r) st;

\echo '  supports'
-- Idea i's supporters are distinct: (7919 i + 104729 j) mod people differs for every j < people.
INSERT INTO idea_supports (idea_id, person_id, created_at)
SELECT pg_temp.id('b1000000', i), pg_temp.id('b0000000', 1 + (i::bigint * 7919 + j::bigint * 104729) % :people),
       now() - make_interval(mins => floor(pg_temp.u(i::bigint * 4096 + j, 19) * 525600)::int)
FROM generate_series(1, :ideas) i, generate_series(1, pg_temp.supports_of(i, :supports::float8 / :ideas, :people)) j;

\echo '  comments'
INSERT INTO idea_comments (id, idea_id, author_id, body, created_at)
SELECT pg_temp.id('b2000000', c), pg_temp.id('b1000000', 1 + floor(pg_temp.u(c, 20) ^ 3 * :ideas)::bigint),
       pg_temp.id('b0000000', 1 + floor(pg_temp.u(c, 21) * :people)::bigint),
       pg_temp.pick(ARRAY['Yes please, I would use this.', 'Could it include the side streets too?',
                          'I can help on Saturdays.', 'We tried this before and it worked well.'], pg_temp.u(c, 22)),
       now() - make_interval(mins => floor(pg_temp.u(c, 23) * 525600)::int)
FROM generate_series(1, :comments) c;

\echo '  ratings and their rollups'
-- Rating r is by person 1 + (r - 1) mod people: one rating per person per service when ratings <= people.
INSERT INTO ratings (id, service_id, person_id, overall, access, timeliness, courtesy, outcome, review,
                     rated_at, rated_month, updated_at)
SELECT pg_temp.id('b3000000', r), pg_temp.id('b8000000', 1 + floor(50 * pg_temp.u(r, 30) ^ 2)::int),
       pg_temp.id('b0000000', 1 + (r - 1) % :people), o.overall,
       CASE WHEN pg_temp.u(r, 34) < 0.6 THEN least(5, greatest(1, o.overall + floor(pg_temp.u(r, 35) * 3)::int - 1)) END,
       CASE WHEN pg_temp.u(r, 36) < 0.6 THEN least(5, greatest(1, o.overall + floor(pg_temp.u(r, 37) * 3)::int - 1)) END,
       CASE WHEN pg_temp.u(r, 38) < 0.6 THEN o.overall END, NULL,
       CASE WHEN pg_temp.u(r, 39) < 0.25 THEN
           pg_temp.pick(ARRAY['Friendly staff and quick to sort things out.', 'Took weeks to get an answer.',
                              'Good, but the opening hours do not suit people who work.',
                              'Excellent: they listened and changed things.'], pg_temp.u(r, 40)) END,
       t.at, date_trunc('month', t.at AT TIME ZONE 'Europe/London')::date, t.at
FROM generate_series(1, :ratings) r,
     LATERAL (SELECT now() - make_interval(mins => floor(pg_temp.u(r, 41) * 1051200)::int) AS at) t,
     LATERAL (SELECT CASE WHEN x < 0.08 THEN 1 WHEN x < 0.18 THEN 2 WHEN x < 0.38 THEN 3
                          WHEN x < 0.70 THEN 4 ELSE 5 END AS overall
              FROM (SELECT pg_temp.u(r, 42) AS x) q) o;
DELETE FROM rating_summaries;
DELETE FROM rating_months;
INSERT INTO rating_summaries
SELECT service_id, count(*), sum(overall),
       count(*) FILTER (WHERE overall = 1), count(*) FILTER (WHERE overall = 2), count(*) FILTER (WHERE overall = 3),
       count(*) FILTER (WHERE overall = 4), count(*) FILTER (WHERE overall = 5),
       count(access), coalesce(sum(access), 0), count(timeliness), coalesce(sum(timeliness), 0),
       count(courtesy), coalesce(sum(courtesy), 0), count(outcome), coalesce(sum(outcome), 0)
FROM ratings WHERE hidden_at IS NULL GROUP BY service_id;
INSERT INTO rating_months
SELECT service_id, rated_month, count(*), sum(overall),
       count(*) FILTER (WHERE overall <= 2), count(*) FILTER (WHERE overall >= 4)
FROM ratings WHERE hidden_at IS NULL GROUP BY service_id, rated_month;

\echo '  volunteer opportunities and shifts'
INSERT INTO opportunities (id, service_id, title, description, skills, state, created_at, updated_at)
SELECT pg_temp.id('b4000000', o), pg_temp.id('b8000000', 1 + (o - 1) % 50),
       pg_temp.pick(ARRAY['Litter pick', 'Library helper', 'Park planting', 'Lunch club host', 'Walk leader',
                          'Repair cafe helper'], pg_temp.u(o, 50)) || ' ' || o,
       'Give a few hours to your neighbourhood. Training and equipment are provided.',
       ARRAY['friendly'], 'PUBLISHED', now() - interval '3 years', now()
FROM generate_series(1, greatest(10, :shifts / 100)) o;
-- Shift h: capacity 10 to 50, from two years ago to two months ahead; n(h) people signed up, the
-- first capacity of them confirmed, the rest waitlisted (future) or cancelled (past).
CREATE TEMP TABLE shift_plan AS
SELECT h, t.starts, 10 + (h % 41)::int AS capacity, floor(pg_temp.u(h, 51) * 40)::int AS wanted
FROM generate_series(1, :shifts) h,
     LATERAL (SELECT date_trunc('hour', now() - interval '730 days'
                     + make_interval(hours => floor(pg_temp.u(h, 52) * 19000)::int)) AS starts) t;
INSERT INTO shifts (id, opportunity_id, starts_at, ends_at, capacity, confirmed_count,
                    signup_opens_at, signup_closes_at, cancel_deadline, check_in_code, created_at, updated_at)
SELECT pg_temp.id('b5000000', h), pg_temp.id('b4000000', 1 + (h - 1) % greatest(10, :shifts / 100)),
       starts, starts + interval '3 hours', capacity, least(wanted, capacity),
       starts - interval '30 days', starts - interval '1 hour', starts - interval '1 day',
       upper(substr(md5(h::text || :seed), 1, 6)), starts - interval '40 days', starts - interval '40 days'
FROM shift_plan;

\echo '  sign-ups'
-- Shift h's people are distinct: (7919 h + 104729 j) mod people differs for every j < people.
INSERT INTO signups (id, shift_id, person_id, status, queued_at, confirmed_at, ended_at, attendance, hours,
                     checked_in_at, hours_approved_at, created_at, updated_at)
SELECT pg_temp.id('b6000000', h * 64 + j), pg_temp.id('b5000000', h),
       pg_temp.id('b0000000', 1 + (h::bigint * 7919 + j::bigint * 104729) % :people), s.status, q.queued,
       CASE WHEN s.status = 'CONFIRMED' THEN q.queued END,
       CASE WHEN s.status = 'CANCELLED' THEN q.queued + interval '1 day' END,
       a.attendance, CASE WHEN a.attendance = 'ATTENDED' THEN 3.00 END,
       CASE WHEN a.attendance = 'ATTENDED' THEN starts END,
       CASE WHEN a.attendance = 'ATTENDED' THEN starts + interval '4 hours' END,
       q.queued, q.queued
FROM shift_plan, generate_series(1, wanted) j,
     LATERAL (SELECT starts - interval '30 days' + make_interval(mins => j * 7) AS queued) q,
     LATERAL (SELECT CASE WHEN j <= capacity THEN 'CONFIRMED' WHEN starts > now() THEN 'WAITLISTED'
                          ELSE 'CANCELLED' END AS status) s,
     LATERAL (SELECT CASE WHEN s.status = 'CONFIRMED' AND starts + interval '3 hours' < now()
                          THEN CASE WHEN pg_temp.u(h * 64 + j, 53) < 0.85 THEN 'ATTENDED' ELSE 'NO_SHOW' END
                     END AS attendance) a;

-- The outcomes rollups are rebuilt by the application at its next check, as on a new database.
UPDATE outcome_refreshes SET refreshed_at = NULL WHERE name = 'activity';
SET session_replication_role = origin;
