"""The History tab: the filter bar, the table model of loaded CDRs, the recording player, the view."""
