"""The commented default ``cchc.toml`` (Hướng Hóa) that ``cchc init`` writes."""
