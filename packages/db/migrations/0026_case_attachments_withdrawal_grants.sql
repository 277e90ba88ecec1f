-- Withdrawing a file marks its row (these three columns only); the app still never deletes a row
-- nor rewrites what was uploaded (0024 revoked UPDATE and DELETE on the whole table).
GRANT UPDATE ("withdrawn_at", "withdrawn_by", "withdrawal_reason") ON "case_attachments" TO tongdai_app;
