-- The license (行政許可證件) of an approved case: what the decision permits and until when (NULL:
-- the item's name, long-term), and the number of the license issued for the case, one at most.

ALTER TABLE case_file ADD COLUMN license_scope VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN license_valid_until DATE;
ALTER TABLE case_file ADD COLUMN license_number VARCHAR(40);
CREATE UNIQUE INDEX case_file_license ON case_file (license_number);
