"""screening: judges marketplace messages against the platform's communication rules.

from screening import Screener, Message
screener = Screener.create()
verdict = screener.screen(Message(text="Appelez-moi au 06 12 34 56 78", market="fr"))
"""

from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import Action, Finding, Message, RecordError, Verdict

__all__ = ["Action", "Finding", "Message", "Policy", "RecordError", "Screener", "Verdict"]
__version__ = "0.1.0"
