"""The translation status report: what is missing, outdated or up to date per locale."""
