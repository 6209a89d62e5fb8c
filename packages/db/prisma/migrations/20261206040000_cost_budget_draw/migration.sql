-- Draws on a caller's cost budget in one statement (hand-written; Prisma's schema has no functions). The budget is two
-- rows of "rate_limit" (rate-limiter-flexible's layout: points used in the window, and when the window ends in ms since
-- the epoch): a steady part of `steady_capacity` points that comes back every `steady_ms`, and a reserve of
-- `reserve_capacity` that comes back `reserve_ms` after it was first drawn on. The request takes `wanted` points from
-- the steady part, or from the reserve when the steady part cannot cover them, or from neither (refused, nothing
-- taken). `steady_credit` / `reserve_credit` are what earlier requests of this caller gave back (negative) or owe
-- (positive) since, applied only to the window they were drawn in (`*_credit_window`), never to a later one.
-- Both rows are locked, steady first, so concurrent draws of one caller in any process cannot both take the last
-- points, and never deadlock. Time is the database's clock, the same for every API process.
-- apps/api/src/http/rate-limit/create-sql-cost-budget.ts calls it.
CREATE FUNCTION "shortlist_draw_cost"(
    steady_key TEXT,
    reserve_key TEXT,
    wanted INTEGER,
    steady_capacity INTEGER,
    steady_ms BIGINT,
    reserve_capacity INTEGER,
    reserve_ms BIGINT,
    steady_credit INTEGER,
    steady_credit_window BIGINT,
    reserve_credit INTEGER,
    reserve_credit_window BIGINT
) RETURNS TABLE ("source" TEXT, "steadyUsed" INTEGER, "steadyEnds" BIGINT, "reserveUsed" INTEGER, "reserveEnds" BIGINT, "now" BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    now_ms BIGINT := floor(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
    s_used INTEGER;
    s_ends BIGINT;
    r_used INTEGER;
    r_ends BIGINT;
    s_changed BOOLEAN := false;
    r_changed BOOLEAN := false;
    taken_from TEXT := NULL;
BEGIN
    SELECT rl."points", rl."expire" INTO s_used, s_ends FROM "rate_limit" rl WHERE rl."key" = steady_key FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO "rate_limit" ("key", "points", "expire") VALUES (steady_key, 0, now_ms) ON CONFLICT ("key") DO NOTHING;
        SELECT rl."points", rl."expire" INTO s_used, s_ends FROM "rate_limit" rl WHERE rl."key" = steady_key FOR UPDATE;
    END IF;
    SELECT rl."points", rl."expire" INTO r_used, r_ends FROM "rate_limit" rl WHERE rl."key" = reserve_key FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO "rate_limit" ("key", "points", "expire") VALUES (reserve_key, 0, now_ms) ON CONFLICT ("key") DO NOTHING;
        SELECT rl."points", rl."expire" INTO r_used, r_ends FROM "rate_limit" rl WHERE rl."key" = reserve_key FOR UPDATE;
    END IF;

    IF steady_credit <> 0 AND s_ends = steady_credit_window AND s_ends > now_ms THEN
        s_used := GREATEST(0, s_used + steady_credit);
        s_changed := true;
    END IF;
    IF reserve_credit <> 0 AND r_ends = reserve_credit_window AND r_ends > now_ms THEN
        r_used := GREATEST(0, r_used + reserve_credit);
        r_changed := true;
    END IF;
    -- A window that has ended (or a row removed meanwhile) holds nothing; the next draw on it starts a new one.
    IF s_ends IS NULL OR s_ends <= now_ms THEN
        s_used := 0;
        s_ends := now_ms;
    END IF;
    IF r_ends IS NULL OR r_ends <= now_ms THEN
        r_used := 0;
        r_ends := now_ms;
    END IF;

    IF wanted <= steady_capacity - s_used THEN
        IF s_ends <= now_ms THEN s_ends := now_ms + steady_ms; END IF;
        s_used := s_used + wanted;
        s_changed := true;
        taken_from := 'steady';
    ELSIF wanted <= reserve_capacity - r_used THEN
        IF r_ends <= now_ms THEN r_ends := now_ms + reserve_ms; END IF;
        r_used := r_used + wanted;
        r_changed := true;
        taken_from := 'reserve';
    END IF;

    IF s_changed THEN
        INSERT INTO "rate_limit" ("key", "points", "expire") VALUES (steady_key, s_used, s_ends)
        ON CONFLICT ("key") DO UPDATE SET "points" = EXCLUDED."points", "expire" = EXCLUDED."expire";
    END IF;
    IF r_changed THEN
        INSERT INTO "rate_limit" ("key", "points", "expire") VALUES (reserve_key, r_used, r_ends)
        ON CONFLICT ("key") DO UPDATE SET "points" = EXCLUDED."points", "expire" = EXCLUDED."expire";
    END IF;
    RETURN QUERY SELECT taken_from, s_used, s_ends, r_used, r_ends, now_ms;
END;
$$;
