-- An awareness activity names the communication products it used from the products library (their ids, in the
-- order chosen); `products` stays for those outside the library, as text.
ALTER TABLE awareness_activities ADD COLUMN product_ids jsonb NOT NULL DEFAULT '[]'::jsonb;
