"""Files of messages judged in bulk: record formats (JSONL, CSV, Parquet), the verdict table, and
`screening rescore` (inputs, staging, partitions, output, report)."""
