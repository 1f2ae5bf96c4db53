"""Use cases on top of the store. No Qt. Calls that change data are one transaction each and
return a ``Change``."""
