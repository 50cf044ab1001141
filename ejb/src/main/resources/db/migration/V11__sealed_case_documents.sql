-- The notices of a case go out under its department's licensing seal: a case document names the
-- entry of the seal's usage log that sealed it. NULL for a scan, and for a notice that went out
-- unsealed (the department had no seal in force, or nobody acted: a deemed acceptance).

ALTER TABLE case_document ADD COLUMN seal_use_id BIGINT;
ALTER TABLE case_document ADD CONSTRAINT case_document_seal_use FOREIGN KEY (seal_use_id) REFERENCES seal_use (id);
