"""What the SDK shows of itself: hooks (``hooks.py``), OpenTelemetry spans (``otel.py``), steps (``steps.py``)."""

from __future__ import annotations

from .hooks import HookEvent, Hooks
from .observe import OperationObserver, observe
from .steps import Step, StepTracker, plan_run

__all__ = ["HookEvent", "Hooks", "OperationObserver", "Step", "StepTracker", "observe", "plan_run"]
