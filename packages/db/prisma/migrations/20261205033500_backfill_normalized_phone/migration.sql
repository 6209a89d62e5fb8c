-- Duplicate detection (issue 14) finds people by their phone in E.164 form, kept in "normalizedPhone" by every write
-- since it was added. Profiles written before get it here when their number is already international ("+49 30 …"):
-- the digits after the plus are its E.164 form. A national number ("030 …") needs the country's numbering plan, which
-- SQL does not have; backfillNormalizedPhones (apps/api/src/modules/duplicates) fills those with libphonenumber-js.
UPDATE "CandidateProfile"
SET "normalizedPhone" = '+' || regexp_replace("phone", '\D', '', 'g')
WHERE "normalizedPhone" IS NULL
  AND "phone" ~ '^\s*\+[0-9 ()./-]{7,}$'
  AND "phone" !~ '\(0\)'
  AND length(regexp_replace("phone", '\D', '', 'g')) BETWEEN 8 AND 15;
