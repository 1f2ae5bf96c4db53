"""Record cards (contact, company): fields edited in place, tags, timeline, quick actions, and
the "Recently deleted" dialog."""
