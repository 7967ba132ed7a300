-- Appends hash-chained audit rows computed by the application against the head it expects, in one statement:
-- takes the chain lock, reads the head with a fresh snapshot (a VOLATILE function's queries each take their
-- own), and refuses with 'audit-head-moved:<seq>:<hash>' if another writer appended since. The caller then
-- recomputes from that head and tries again. A batch written this way holds the lock only inside the server,
-- never across a network round trip. Returns the new head's seq.
CREATE OR REPLACE FUNCTION audit_append(p_rows jsonb, p_prev_seq bigint, p_prev_hash text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7301);
  SELECT seq, hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  head_seq := coalesce(head_seq, 0);
  head_hash := coalesce(head_hash, repeat('0', 64));
  IF head_seq <> p_prev_seq OR head_hash <> p_prev_hash THEN
    RAISE EXCEPTION 'audit-head-moved:%:%', head_seq, head_hash;
  END IF;
  -- the rows must continue the chain from that head (a cheap guard against a caller's mistake)
  IF jsonb_array_length(p_rows) > 0 AND ((p_rows->0->>'seq')::bigint <> head_seq + 1 OR p_rows->0->>'prev_hash' <> head_hash) THEN
    RAISE EXCEPTION 'audit-rows-do-not-follow-head:%', head_seq;
  END IF;
  INSERT INTO audit_log (seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash)
  SELECT seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash
  FROM jsonb_to_recordset(p_rows) AS x(seq bigint, at timestamptz, actor_id text, actor_name text, action text,
    subject_type text, subject_id text, summary jsonb, request_id text, prev_hash text, hash text);
  RETURN head_seq + jsonb_array_length(p_rows);
END $$;--> statement-breakpoint
-- Raised inside a write that must store every row it was given (a batch of comments whose keys were free when
-- checked): the statement, and with it the whole batch, is undone and the caller takes the careful path.
CREATE OR REPLACE FUNCTION require_row_count(p_actual bigint, p_expected bigint, p_what text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF p_actual <> p_expected THEN
    RAISE EXCEPTION 'row-count-mismatch:%:%:%', p_what, p_actual, p_expected;
  END IF;
  RETURN p_actual;
END $$;
