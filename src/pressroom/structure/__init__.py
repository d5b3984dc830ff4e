"""Press-release conventions: headline, dateline (place, issuer, date), boilerplate."""
