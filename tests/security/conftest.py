"""The GUI fixtures (a qasync loop, the simulator in it, desks) for the hostile-input tests that
need a screen; the others use the root fixtures."""

from tests.ui.conftest import accounts, make_desk, qloop, qsim, run, signed_in  # noqa: F401
