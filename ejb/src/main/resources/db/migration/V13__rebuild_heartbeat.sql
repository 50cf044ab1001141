-- A running rebuild's sign of life: the node running it writes the time every few seconds. A RUNNING
-- row whose heartbeat is older than a minute belongs to a node that stopped (crash, undeploy cut
-- short) and no longer blocks a new rebuild (RebuildLog.STALE).
ALTER TABLE index_rebuild ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
UPDATE index_rebuild SET heartbeat_at = COALESCE(finished_at, started_at);
