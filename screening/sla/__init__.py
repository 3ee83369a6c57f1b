"""Response times (rules R1, R6, R7): business hours per market, conversations assessed against
them, declared absences, and the SLA report."""
