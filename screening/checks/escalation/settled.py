"""Whether a buyer's message says the refund has arrived or the return was accepted, and nothing else
that is still wrong: a settled return.

"The refund came in today, thanks", "la devolución se aceptó y hoy tengo el dinero", "zwrot dotarł
na konto": the words of a refund, which the model reads as a refused return (its n-grams know
"refund" and "return", not who refused what). A buyer who has the money back was not refused it.
Only a message with no negation, contrast, deduction or refusal anywhere in it counts ("the refund
arrived but 55 € short", "return accepted, then they refused the refund" still report): it
guards the model's return_refused reading (EscalationCheck._findings); a rule's phrasing of a
refusal still reports.

The phrases are general wording of a refund received or a return accepted in each language,
written from the languages' ordinary usage. Folded text (normalize(): lower case, no accents).
"""

from __future__ import annotations

import re

# fmt: off
_SETTLED: dict[str, str] = {
    "en": r"(?:refund|money|payment)\w* (?:has |have )?(?:arrived|came in|come in|came through|come through|landed|is back|went through)"
          r"|(?:got|received) (?:my|the) (?:refund|money back)|return (?:was |has been |got )?accepted",
    "fr": r"rembours\w* (?:est |a ete |bien )?(?:arrive|recu|credite)|(?:j'ai |bien )recu (?:mon |le )?rembours\w*"
          r"|retour (?:a ete |est )?(?:bien )?accepte|l'argent est (?:bien )?(?:arrive|revenu|sur mon compte)",
    "de": r"(?:erstattung|ruckerstattung|geld|ruckzahlung)\w* (?:ist |wurde |sind )?(?:da|angekommen|eingegangen|gutgeschrieben)"
          r"|(?:habe|hab) (?:die |meine |das |mein )?(?:erstattung|ruckerstattung|geld) (?:zuruck )?(?:erhalten|bekommen)"
          r"|(?:ruckgabe|retoure|widerruf) (?:wurde |ist )?(?:akzeptiert|angenommen)",
    "es": r"(?:reembolso|dinero) (?:ya )?(?:ha llegado|llego|esta en (?:mi|la) cuenta)"
          r"|(?:ya )?(?:tengo|recibi|me llego|me ha llegado) (?:el|mi) (?:dinero|reembolso)|tengo el dinero en (?:la|mi) cuenta"
          r"|devolucion (?:se )?(?:acepto|aceptada|ha sido aceptada)|(?:ya )?me (?:devolvio|devolvieron|ha devuelto) el dinero",
    "it": r"(?:rimborso|soldi|denaro) (?:e |sono )?(?:arrivat\w*|ricevut\w*|rientrat\w*|accreditat\w*)"
          r"|(?:ho ricevuto|mi e arrivato) (?:il )?rimborso|reso (?:e stato |e )?(?:accettato|approvato)",
    "nl": r"(?:geld|terugbetaling|terugstorting)\w* (?:staat|is|stond) (?:er )?(?:weer )?(?:op|binnen|teruggestort)"
          r"|(?:retour|retourzending) (?:is )?(?:geaccepteerd|goedgekeurd)|(?:heb|ik heb) (?:mijn )?geld terug",
    "pl": r"(?:pieniadze|zwrot|przelew)\w* (?:juz )?(?:doszl\w*|dotarl\w*|wplyn\w*|zaksiegowan\w*|jest na koncie|sa na koncie)"
          r"|(?:dostalam|dostalem|otrzymalam|otrzymalem) (?:zwrot|pieniadze)|zwrot (?:zostal )?(?:zaakceptowany|przyjety)",
    "pt": r"(?:reembolso|dinheiro) (?:ja )?(?:chegou|entrou|caiu|foi creditado|esta na (?:minha )?conta)"
          r"|(?:recebi|ja recebi) (?:o )?(?:reembolso|dinheiro)|devolucao (?:foi )?(?:aceite|aceita|aprovada)",
}
# What makes a settled refund only part of the story: a negation, a contrast, something still due,
# a deduction, a refusal.
_NOT_SETTLED = (
    r"not|no|never|but|however|only|still|yet|although|half|part|short|fee|fees|deduct\w*|kept|instead|refus\w*|reject\w*"
    r"|pas|jamais|mais|seulement|toujours|moitie|partie|frais|retenu\w*|au lieu|refus\w*|rejet\w*"
    r"|nicht|kein\w*|nie|aber|nur|noch|jedoch|halfte|teil|gebuhr\w*|abgezogen|einbehalten|statt|verweiger\w*|abgelehnt"
    r"|nunca|pero|solo|todavia|aun|mitad|parte|comision|descont\w*|en vez|en lugar|rechaz\w*|niega\w*"
    r"|non|mai|ma|ancora|meta|trattenut\w*|commission\w*|invece|rifiut\w*"
    r"|niet|geen|nooit|maar|alleen|nog|helft|deel|kosten|ingehouden|plaats van|geweigerd|weiger\w*"
    r"|nigdy|ale|tylko|jeszcze|polowe|czesc|potrac\w*|oplat\w*|zamiast|odmow\w*|odrzuc\w*"
    r"|nao|mas|apenas|ainda|metade|taxa\w*|descontad\w*|em vez|recus\w*"
)
# fmt: on
_SETTLED_RE = re.compile(r"(?<![\w'])(?:" + "|".join(_SETTLED.values()) + r")(?![\w'])")
_NOT_SETTLED_RE = re.compile(r"(?<![\w'])(?:" + _NOT_SETTLED + r")(?![\w'])|n't")


def refund_settled(folded: str) -> bool:
    """Whether the folded message says the refund arrived or the return was accepted, with no
    negation, contrast, deduction or refusal anywhere in it."""
    return _SETTLED_RE.search(folded) is not None and _NOT_SETTLED_RE.search(folded) is None


__all__ = ["refund_settled"]
