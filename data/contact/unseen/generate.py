"""Generator + checker of the R4 contact UNSEEN set (data/contact/unseen/messages.jsonl).

The UNSEEN set is never used for tuning; it only gives honest figures.
Frames below were written for this set, natively per language. Slot machinery (Faker, mobiles,
Luhn IMEIs, tracking formats, IBANs, phone/e-mail disguises) comes from ./machinery.py, a frozen
copy of ../final/machinery.py with a new SEED.

    .venv/bin/python data/contact/unseen/generate.py           # rewrites messages.jsonl
    .venv/bin/python data/contact/unseen/generate.py --check   # re-checks the file; exit 1 on error

Template syntax:
    {slot}            plain filler (neg_slots(): imei, order_sw, price, city, ... plus h = handle)
    [[code|text]]     literal evidence for code (social, mkt, pay, det); may contain {slot}
    {P:style}         phone of the message's market   -> contact.phone evidence
    {PF:style}        phone of a foreign region        -> contact.phone evidence
    {E:style}         e-mail with a disguise           -> contact.email evidence
    {U:style}         URL                              -> contact.url evidence
    {I}               IBAN                             -> contact.payment evidence
"""
from __future__ import annotations

import json
import os
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machinery as M  # noqa: E402

OUT = M.HERE / "messages.jsonl"
CODE = {"social": "contact.social", "mkt": "contact.marketplace", "pay": "contact.payment",
        "det": "contact.details_request", "phone": "contact.phone", "email": "contact.email",
        "url": "contact.url"}
MAIN_REGION = {"fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL",
               "pt": "PT", "en": "GB"}

# ---------------------------------------------------------------------------
# frames: (kind, template[, forced market]).  Positives first, then hard negatives, then plain.
# ---------------------------------------------------------------------------
F: dict[str, list[tuple]] = {}

F["fr"] = [
    ("phone_national", "Pour d'autres photos du {model}, le plus simple est de m'appeler au {P:national} après 18h."),
    ("phone_circled", "Je suis rarement sur l'appli, dispo par SMS au {P:circled} si vous voulez négocier."),
    ("phone_spelled", "L'appli efface les chiffres alors je vous l'écris en lettres : {P:spelled}, c'est mon portable."),
    ("phone_foreign", "Je suis chez ma sœur à l'étranger jusqu'au {date}, écrivez-moi sur le numéro d'ici : {PF:intl}."),
    ("social_phone", "Franchement on irait plus vite sur [[social|WhatsApp]], je suis au {P:zerozero}."),
    ("payment_phone", "Si vous réglez par [[pay|Lydia]] au {P:national}, je vous fais 20 € de moins.", "fr"),
    ("email_bracket", "Je peux vous envoyer la facture et les photos de la boîte en PDF, écrivez-moi à {E:bracket}."),
    ("email_at_word", "Mon adresse perso c'est {E:at_local0}, je réponds le soir en rentrant."),
    ("email_curly", "Pour le bon de garantie mieux vaut passer par mail : {E:curly}"),
    ("social_handle", "Toutes les photos de l'écran sont en story, passez sur mon [[social|Insta @{h}]] et on en parle en DM."),
    ("social_invite", "Ce serait plus pratique de discuter sur [[social|Telegram]], l'appli Swapiphone me déconnecte sans arrêt."),
    ("social_handle", "Ajoutez-moi sur [[social|Snapchat : {h}]], je vous montre en vidéo que le Face ID marche."),
    ("url_https", "Le même en 256 Go est dispo sur ma boutique : {U:https}"),
    ("url_short", "Vidéo du téléphone qui tourne + prix négocié par ici → {U:short}"),
    ("marketplace", "Sur [[mkt|Leboncoin]] je l'ai mis 30 € moins cher, tapez « {model} » avec {city}."),
    ("marketplace", "Faites-moi plutôt une offre sur [[mkt|Vinted]], j'ai la même annonce là-bas."),
    ("marketplace", "Si vous préférez enchérir, il est aussi sur mon [[mkt|eBay]], ça se termine dimanche soir."),
    ("payment_iban", "Faites un [[pay|virement]] sur {I} et je l'expédie dès réception."),
    ("payment_method", "Je préfère un [[pay|PayPal entre proches]], les frais du site me mangent toute la marge."),
    ("payment_cash", "On peut se voir à {city}, vous me payez [[pay|en espèces à la remise]] et voilà."),
    ("details_request", "[[det|Laissez-moi votre 06 en message]], je vous rappelle ce soir pour les détails.", "fr"),
    ("details_request", "[[det|C'est quoi votre mail perso]] ? Je vous transfère la facture Apple directement."),
    ("details_request", "[[det|Vous avez un numéro où je peux vous joindre en dehors de l'appli]] ? C'est pour caler la remise en main propre."),
    # hard negatives
    ("order_number", "Votre commande {order_sw} est bien validée, je prépare le colis demain matin avant 10h."),
    ("tracking", "C'est parti ! Suivi Colissimo {colissimo}, livraison prévue le {date}."),
    ("tracking", "Déposé au bureau de poste ce matin, le suivi c'est {s10_fr}."),
    ("imei", "L'IMEI est {imei_spaced}, vous pouvez vérifier chez votre opérateur qu'il n'est pas bloqué."),
    ("serial", "Numéro de série {serial_apple}, référence {model_no}, c'est bien la version européenne."),
    ("price", "En dessous de {price} je ne peux pas, l'écran a été changé en mars avec une pièce d'origine."),
    ("storage_battery", "{storage}, batterie à {battery} % de capacité max, pas une rayure sur la vitre arrière."),
    ("app_feature", "Oui WhatsApp, Snapchat et Insta tournent sans souci, je l'ai réinitialisé hier soir."),
    ("app_feature", "Le double SIM marche très bien, j'avais même deux comptes WhatsApp dessus."),
    ("rule_reminder", "Désolé, je ne communique pas mes coordonnées : on reste sur la messagerie Swapiphone jusqu'à la livraison."),
    ("social_negated", "Vous me demandez mon Telegram mais je ne l'ai pas, et de toute façon tout passe par ici."),
    ("payment_on_platform", "Vous pouvez payer par PayPal ou carte bancaire au moment du paiement sur Swapiphone, c'est protégé."),
    ("payment_on_platform", "Pas de Lydia ni de virement en direct svp, passez par le bouton « Acheter » de l'annonce."),
    ("platform_contact", "Pour un retour, écrivez à support@swapiphone.com en indiquant la commande {order_sw}."),
    ("platform_contact", "Tout est expliqué sur https://www.swapiphone.com/help, rubrique garantie 12 mois."),
    ("lookalike_word", "Il y a un petit point blanc sur l'écran, visible seulement sur fond noir, je vous mets la photo ici."),
    ("name_lookalike", "Ma collègue Lydia s'occupe des envois le mardi, donc départ le {date} au plus tard."),
    ("details_lookalike", "Pouvez-vous me redonner votre numéro de commande ? Je ne le retrouve pas dans mes ventes."),
    ("marketplace_provenance", "La coque, je l'avais achetée sur Leboncoin il y a un an, je vous la laisse en cadeau."),
    ("ean_invoice", "Code EAN de la boîte : {ean}, facture n° {invoice} jointe au colis."),
    ("date_time", "Le livreur passe le {date} vers {time}, sinon c'est déposé en point relais près de chez vous."),
    ("plain", "Merci beaucoup, j'espère qu'il vous plaira !"),
]

F["de"] = [
    ("phone_national", "Ruf mich am besten kurz an, dann erklär ich dir das mit dem Akkutausch: {P:national}."),
    ("phone_separators", "Für Rückfragen zum {model} bin ich unter {P:separators} erreichbar, auch am Wochenende."),
    ("phone_mixed", "Die App zensiert Ziffern, deshalb so: {P:mixed} – das ist mein Handy."),
    ("phone_foreign", "Bin bis Ende des Monats beruflich im Ausland, SMS bitte an {PF:zerozero}."),
    ("social_phone", "Schreib mir einfach bei [[social|Signal]], die Nummer ist {P:intl}."),
    ("payment_phone", "Zahl mir das bitte [[pay|per TWINT]] auf {P:national}, dann ist es morgen bei dir.", "ch"),
    ("email_at_word", "Die Rechnung schick ich dir gern als PDF, meine Mail lautet {E:at_local0}."),
    ("email_homoglyph", "Kannst mir auch direkt mailen: {E:homoglyph}"),
    ("email_spaced", "Die Fotos vom Rahmen sind zu groß für den Chat, schreib mir an {E:spaced}."),
    ("social_invite", "Lass uns das lieber über [[social|WhatsApp]] klären, hier laden die Bilder ewig."),
    ("social_handle", "Videos vom Display hab ich auf [[social|TikTok unter @{h}]] hochgeladen, schreib mir dort."),
    ("social_invite", "Meld dich über den [[social|Facebook Messenger]] bei mir, da antworte ich schneller."),
    ("url_www", "Weitere Geräte mit 12 Monaten Garantie findest du unter {U:www}."),
    ("url_bare", "Schau mal auf {U:bare}, da ist dasselbe Teil 40 € günstiger."),
    ("marketplace", "Das Gerät steht auch bei [[mkt|Kleinanzeigen]] drin, da können wir ohne Gebühren handeln.", "de"),
    ("marketplace", "Gib lieber ein Gebot auf [[mkt|eBay]] ab, die Auktion läuft noch bis Sonntag."),
    ("marketplace", "Auf [[mkt|willhaben]] hab ich's günstiger drin, such einfach nach {model} in {city}.", "at"),
    ("payment_iban", "[[pay|Überweis mir den Betrag direkt]] auf {I}, dann geht's noch heute raus."),
    ("payment_cash", "Geht auch [[pay|bar bei Abholung]] in {city}, dann müssen wir nicht über die Plattform."),
    ("payment_method", "Am liebsten wäre mir [[pay|PayPal Freunde & Familie]], dann ist das Geld sofort da."),
    ("details_request", "[[det|Gib mir mal deine Handynummer]], dann ruf ich dich wegen der Abholung an."),
    ("details_request", "[[det|Wie lautet deine private E-Mail]]? Ich trag dich dann für die Herstellergarantie ein."),
    ("details_request", "[[det|Wie erreiche ich dich außerhalb von Swapiphone]]? Die Benachrichtigungen kommen bei mir nicht an."),
    # hard negatives
    ("order_number", "Deine Bestellung {order_sw} ist bezahlt, ich verschicke morgen früh."),
    ("tracking", "Sendungsnummer DHL: {dhl_paket}, sollte am {date} bei dir sein."),
    ("tracking", "Ist heute mit Hermes raus, Sendungsnummer {hermes}."),
    ("imei", "IMEI laut Einstellungen: {imei}, kannst du gern prüfen lassen, ist nicht gesperrt."),
    ("serial", "Modellnummer {model_no}, Seriennummer {serial_samsung}, also die EU-Variante mit Dual-SIM."),
    ("price", "Unter {price} geh ich leider nicht, der Akku wurde erst im Frühjahr getauscht."),
    ("storage_battery", "{storage} Speicher, maximale Kapazität {battery} %, {mah} mAh laut Datenblatt."),
    ("app_feature", "Ja, Telegram und Signal laufen problemlos, die Banking-App auch."),
    ("app_feature", "Face ID klappt, auch bei WhatsApp-Videoanrufen ist die Frontkamera scharf."),
    ("rule_reminder", "Meine Nummer geb ich nicht raus, sorry – wir bleiben hier im Chat, bis das Paket da ist."),
    ("social_negated", "Instagram hab ich keins, aber ich schick dir hier im Chat gern noch mehr Fotos."),
    ("payment_on_platform", "Beim Checkout von Swapiphone kannst du auch mit Klarna oder PayPal zahlen, das ist abgesichert."),
    ("payment_on_platform", "Eine Überweisung an der Plattform vorbei mach ich nicht, bitte einfach über „Jetzt kaufen“ bezahlen."),
    ("platform_contact", "Bei Problemen mit der Rücksendung hilft dir support@swapiphone.com weiter."),
    ("platform_contact", "Die Garantiebedingungen stehen unter https://www.swapiphone.com/help, Abschnitt 4."),
    ("lookalike_word", "Am Kameraglas ist ein winziger Punkt, auf Fotos sieht man davon aber nichts."),
    ("lookalike_word", "Der Klammeraffe auf der beigelegten Bluetooth-Tastatur klemmt leicht, der Rest geht einwandfrei."),
    ("details_lookalike", "Schick mir bitte noch deine Bestellnummer, dann kann ich das Etikett zuordnen."),
    ("marketplace_negated", "Auf eBay verkaufe ich schon lange nicht mehr, nur noch hier."),
    ("rma", "Die Reparatur läuft unter {rma}, Rechnung {invoice} liegt bei."),
    ("address", "Rücksendung bitte an {address}, mit dem Retourenlabel aus deinem Konto."),
    ("plain", "Danke dir, viel Spaß mit dem Handy!"),
]

F["es"] = [
    ("phone_national", "Llámame al {P:national} y te cuento lo del cambio de batería, que por aquí tardo en contestar."),
    ("phone_separators", "Si quieres verlo en persona en {city}, mándame un SMS al {P:separators}."),
    ("phone_leet", "Mi móvil: {P:leet} (lo pongo así porque la app borra los números)."),
    ("phone_foreign", "Estoy fuera de España hasta el {date}, si eso escríbeme al {PF:intl}."),
    ("social_phone", "Te paso mi [[social|Telegram]], es este número: {P:intl}."),
    ("payment_phone", "Hazme un [[pay|Bizum]] al {P:national} y te lo mando esta misma tarde."),
    ("email_at_word", "Si necesitas la factura pídemela a {E:at_local0} y te la reenvío."),
    ("email_fullwidth", "Te mando el vídeo de la pantalla por correo, dime algo a {E:fullwidth}"),
    ("email_paren", "Mi correo es {E:paren}, allí te contesto antes."),
    ("social_handle", "Búscame en [[social|Insta como @{h}]], en los destacados tienes más fotos."),
    ("social_invite", "Agrégame al [[social|Discord]] y lo hablamos, por las tardes siempre estoy conectado."),
    ("social_invite", "Si me escribes por [[social|Messenger]] te respondo al momento, aquí las notificaciones llegan tarde."),
    ("url_https", "Tengo más unidades reacondicionadas en mi web: {U:https}"),
    ("url_short", "Mira el vídeo del móvil funcionando aquí: {U:short}"),
    ("marketplace", "Lo tengo también en [[mkt|Wallapop]] más barato, búscalo con mi nombre de tienda."),
    ("marketplace", "Si prefieres pujar, tengo otro igual en [[mkt|eBay]] que termina el domingo."),
    ("marketplace", "En [[mkt|Milanuncios]] lo dejo en 40 € menos, por si te interesa."),
    ("payment_iban", "Si me haces una [[pay|transferencia]] a {I} te descuento los gastos de envío."),
    ("payment_method", "Prefiero [[pay|PayPal amigos]], así ninguno paga comisión."),
    ("payment_cash", "Quedamos en {city} y me lo [[pay|pagas en efectivo]], sin pasar por la app."),
    ("details_request", "[[det|Pásame tu número]] y te llamo para quedar."),
    ("details_request", "[[det|Déjame tu email]] para mandarte la garantía a tu nombre."),
    ("details_request", "[[det|¿Por dónde te puedo contactar fuera de Swapiphone?]] Es para el envío."),
    # hard negatives
    ("order_number", "Tu pedido {order_sw} ya está pagado, lo preparo mañana a primera hora."),
    ("tracking", "Enviado por Correos, código de seguimiento {correos_pq}."),
    ("tracking", "Va certificado, número de envío {s10_es}, llega en 2-3 días laborables."),
    ("imei", "El IMEI es {imei}, puedes comprobar que no está bloqueado."),
    ("serial", "Número de serie {serial_apple}, modelo {model_no}, versión europea."),
    ("price", "El precio final es {price}, ya incluye envío y funda."),
    ("storage_battery", "Tiene {storage} y la batería al {battery} %, la pantalla sin un rasguño."),
    ("app_feature", "Sí, WhatsApp y Bizum funcionan perfectamente, lo probé ayer con mi tarjeta SIM."),
    ("app_feature", "La cámara va genial para Instagram y TikTok, graba en 4K a 60 fps."),
    ("rule_reminder", "No puedo darte mi teléfono, las normas de Swapiphone no lo permiten; seguimos por aquí."),
    ("social_negated", "Me pides el Telegram pero no lo uso, te contesto siempre por este chat."),
    ("payment_on_platform", "Puedes pagar con Bizum o tarjeta en el checkout de Swapiphone, es seguro."),
    ("payment_on_platform", "Lo siento, no acepto pagos fuera de la web; compra desde el anuncio y quedas cubierto."),
    ("platform_contact", "Para devoluciones escribe a support@swapiphone.com indicando el pedido {order_sw}."),
    ("platform_contact", "Tienes todo lo de la garantía en https://www.swapiphone.com/help."),
    ("lookalike_word", "Tiene un punto negro minúsculo en la esquina de la pantalla, solo se ve con fondo blanco."),
    ("lookalike_word", "La tecla de la arroba del teclado que regalo va algo dura, lo demás perfecto."),
    ("details_lookalike", "Pásame el número de pedido y te digo cuándo sale."),
    ("marketplace_provenance", "La funda original la compré en Wallapop hace tiempo, te la regalo con el móvil."),
    ("percent", "Tiene un 15 % de descuento hasta el {date}, y la batería está al {battery} %."),
    ("date_time", "El mensajero pasará el {date} sobre las {time}, te llegará un aviso."),
    ("plain", "¡Gracias! Que lo disfrutes."),
]

F["it"] = [
    ("phone_national", "Se vuoi vederlo dal vivo a {city} chiamami al {P:national}, di solito dopo le sei."),
    ("phone_zerozero", "Qui sono spesso offline, mandami un messaggio al {P:zerozero}."),
    ("phone_spelled", "Il cellulare te lo scrivo in lettere, sennò l'app lo cancella: {P:spelled}."),
    ("phone_foreign", "Questa settimana sono in trasferta, ho il numero estero {PF:intl}, scrivimi lì."),
    ("social_phone", "Scrivimi su [[social|WhatsApp]] al {P:separators} che ti mando il video del Face ID."),
    ("payment_phone", "Mandami i soldi con [[pay|Satispay]] al {P:national} e lo spedisco stasera."),
    ("email_at_word", "Per la fattura intestata scrivimi a {E:at_local0}."),
    ("email_bracket", "Ti giro le foto in alta risoluzione via mail: {E:bracket}"),
    ("email_spsym", "Contattami per mail, {E:spsym}, rispondo in giornata."),
    ("social_handle", "Seguimi su [[social|Instagram: {h}]], trovi tutte le foto del telefono nei post."),
    ("social_invite", "Se ti va ci sentiamo su [[social|Telegram]], qui le notifiche non mi arrivano mai."),
    ("social_invite", "Ho un server [[social|Discord]] per le offerte, entra e scrivimi lì in privato."),
    ("url_www", "Altri ricondizionati li trovi sul mio sito {U:www}."),
    ("url_bare", "Guarda le recensioni dei miei clienti su {U:bare} prima di decidere."),
    ("marketplace", "Su [[mkt|Subito]] lo trovi a 30 euro in meno, cerca il mio annuncio."),
    ("marketplace", "Fammi un'offerta su [[mkt|eBay]], l'asta chiude giovedì sera."),
    ("marketplace", "Ce l'ho anche su [[mkt|Vinted]], se lo compri lì ti regalo la cover."),
    ("payment_iban", "Fammi un [[pay|bonifico]] su {I} e ti tolgo la commissione."),
    ("payment_method", "Se preferisci, [[pay|PayPal amici e familiari]] e lo spedisco oggi stesso."),
    ("payment_method", "Puoi pagarmi anche con [[pay|una ricarica Postepay]], così evitiamo la piattaforma."),
    ("details_request", "[[det|Dammi il tuo numero]] così ci accordiamo per il ritiro."),
    ("details_request", "[[det|Mi lasci la tua mail]]? Ti registro la garanzia a tuo nome."),
    ("details_request", "[[det|Hai un contatto diretto fuori dall'app]]? Qui i messaggi arrivano in ritardo."),
    # hard negatives
    ("order_number", "L'ordine {order_sw} risulta pagato, lo imballo domani mattina."),
    ("tracking", "Spedito con BRT, numero di spedizione {brt}."),
    ("tracking", "Raccomandata Poste Italiane {s10_it}, arriva in tre giorni lavorativi."),
    ("imei", "IMEI {imei_spaced}, puoi verificarlo, non è in blacklist."),
    ("serial", "Codice modello {model_no}, numero di serie {serial_apple}."),
    ("price", "Prezzo fisso {price}, spedizione inclusa con imballo originale."),
    ("storage_battery", "Memoria {storage}, batteria al {battery} %, schermo senza un graffio."),
    ("app_feature", "Sì, WhatsApp e Telegram funzionano, anche lo sblocco con Face ID."),
    ("app_feature", "Satispay e l'app della banca vanno senza problemi, l'NFC funziona."),
    ("rule_reminder", "Il numero non posso dartelo, restiamo sulla chat di Swapiphone fino alla consegna."),
    ("social_negated", "Mi chiedi Instagram ma non ce l'ho, scrivimi pure qui."),
    ("payment_on_platform", "Puoi pagare con PayPal o Satispay direttamente nel checkout di Swapiphone."),
    ("payment_on_platform", "Niente bonifici a parte, mi dispiace: compra dal pulsante dell'annuncio così sei tutelato."),
    ("platform_contact", "Per il reso contatta support@swapiphone.com con il numero d'ordine."),
    ("platform_contact", "Le condizioni di garanzia sono su https://www.swapiphone.com/help."),
    ("lookalike_word", "Lo spedisco subito dopo il pagamento, domani è già in viaggio."),
    ("lookalike_word", "C'è un puntino chiaro sulla fotocamera posteriore, nelle foto non si vede."),
    ("details_lookalike", "Mi mandi il numero d'ordine così controllo la spedizione?"),
    ("marketplace_provenance", "La cover l'avevo presa su Subito anni fa, te la lascio in regalo."),
    ("ean_invoice", "EAN sulla scatola {ean}, fattura {invoice} nel pacco."),
    ("address", "Per il reso spedisci a: {address}."),
    ("plain", "Grazie mille, buona giornata!"),
]

F["nl"] = [
    ("phone_national", "Bel me even op {P:national}, dan leg ik uit hoe je de eSIM overzet."),
    ("phone_fullwidth", "Stuur gerust een sms naar {P:fullwidth} als je nog vragen hebt."),
    ("phone_mixed", "Ik typ het zo, anders wordt het weggefilterd: {P:mixed}."),
    ("phone_foreign", "Ik zit tot {date} in het buitenland, sms even naar {PF:zerozero}."),
    ("social_phone", "Stuur me een berichtje via [[social|WhatsApp]] op {P:intl}, dan krijg je meteen de video."),
    ("payment_phone", "Betaal maar via [[pay|Tikkie]], ik stuur het verzoek vanaf {P:national}.", "nl"),
    ("email_at_word", "Mail me voor de factuur: {E:at_local0}."),
    ("email_homoglyph", "De foto's zijn te groot voor de chat, stuur even een mailtje naar {E:homoglyph}."),
    ("email_fwat", "Mijn mailadres is {E:fwat}, daar reageer ik sneller."),
    ("social_handle", "Voeg me toe op [[social|Snapchat: {h}]], daar stuur ik je een video van het scherm."),
    ("social_invite", "Zullen we verder praten via [[social|Signal]]? Hier mis ik steeds berichten."),
    ("social_handle", "Ik zit ook op [[social|Instagram als @{h}]], stuur daar maar een DM."),
    ("url_https", "Kijk op {U:https} voor de rest van mijn voorraad."),
    ("url_short", "Hier een filmpje van het toestel: {U:short}"),
    ("marketplace", "Op [[mkt|Marktplaats]] staat ie 25 euro goedkoper, zoek op mijn naam.", "nl"),
    ("marketplace", "Hij staat ook op [[mkt|2dehands]], daar kan je direct bieden.", "be"),
    ("marketplace", "Kijk anders op mijn [[mkt|Vinted]], daar verkoop ik hem zonder servicekosten."),
    ("payment_iban", "[[pay|Maak het bedrag over]] naar {I}, dan verstuur ik vandaag nog."),
    ("payment_method", "Liefst [[pay|PayPal vrienden en familie]], scheelt ons allebei kosten."),
    ("payment_cash", "Je kan ook [[pay|contant betalen bij ophalen]] in {city}."),
    ("details_request", "[[det|Geef je telefoonnummer even door]], dan bel ik je voor de afspraak."),
    ("details_request", "[[det|Wat is je e-mailadres]]? Dan stuur ik de garantiebon rechtstreeks."),
    ("details_request", "[[det|Hoe kan ik je buiten de app bereiken]]? Meldingen komen hier slecht door."),
    # hard negatives
    ("order_number", "Je bestelling {order_sw} is betaald, ik pak hem morgen in."),
    ("tracking", "Verzonden met PostNL, track & trace: {postnl}."),
    ("tracking", "Pakket is met GLS mee, volgnummer {gls}."),
    ("imei", "IMEI: {imei}, je kunt checken dat hij niet geblokkeerd is."),
    ("serial", "Modelnummer {model_no}, serienummer {serial_apple}."),
    ("price", "Lager dan {price} kan ik echt niet, het scherm is origineel."),
    ("storage_battery", "{storage} opslag, batterijconditie {battery} %, geen krassen."),
    ("app_feature", "WhatsApp, Signal en Tikkie werken allemaal prima op dit toestel."),
    ("app_feature", "De camera is top voor Instagram en TikTok-filmpjes, ook in het donker."),
    ("rule_reminder", "Mijn nummer geef ik niet, we houden het contact hier op Swapiphone."),
    ("social_negated", "Snapchat heb ik niet, maar ik stuur je hier gerust extra foto's."),
    ("payment_on_platform", "Betalen kan met iDEAL of creditcard bij de Swapiphone-checkout."),
    ("payment_on_platform", "Geen Tikkie of overboeking buiten het platform, sorry, gewoon via de knop Kopen."),
    ("platform_contact", "Voor retouren mail je support@swapiphone.com met je ordernummer."),
    ("platform_contact", "Alles over de garantie staat op https://www.swapiphone.com/help."),
    ("lookalike_word", "Er zit één klein punt op het scherm, alleen zichtbaar op een witte achtergrond."),
    ("lookalike_word", "Het apenstaartje op het meegeleverde toetsenbord hapert een beetje, de rest werkt prima."),
    ("details_lookalike", "Stuur me je ordernummer even, dan zoek ik het verzendlabel op."),
    ("marketplace_past", "Ik verkocht vroeger op Marktplaats, maar hier voelt het een stuk veiliger."),
    ("address", "Retour graag naar {address}, met het label uit je account."),
    ("date_time", "De koerier komt op {date} rond {time}, je krijgt een melding."),
    ("plain", "Top, bedankt en veel plezier ermee!"),
]

F["pl"] = [
    ("phone_national", "Zadzwoń do mnie pod {P:national}, to powiem więcej o stanie baterii."),
    ("phone_separators", "Jak coś, pisz SMS-a na {P:separators}, szybciej odpowiem."),
    ("phone_spelled", "Podaję numer słownie, bo aplikacja wycina cyfry: {P:spelled}."),
    ("phone_foreign", "Do {date} jestem za granicą, złapiesz mnie pod {PF:intl}."),
    ("social_phone", "Pisz na [[social|Telegramie]], numer {P:intl}."),
    ("payment_phone", "Zrób [[pay|przelew BLIK na telefon]] {P:national}, wyślę jeszcze dziś."),
    ("email_at_word", "Fakturę wyślę mailem, pisz na {E:at_local0}."),
    ("email_paren", "Mój mail: {E:paren}"),
    ("email_curly", "Zdjęcia w pełnej rozdzielczości wyślę mailem, napisz na {E:curly}."),
    ("social_handle", "Więcej zdjęć mam na [[social|Instagramie: @{h}]], napisz tam na priv."),
    ("social_invite", "Pogadajmy na [[social|Messengerze]], tutaj powiadomienia nie działają."),
    ("social_handle", "Dodaj mnie na [[social|Snapie: {h}]], wyślę filmik z działającym Face ID."),
    ("url_www", "Inne telefony z gwarancją masz na {U:www}."),
    ("url_short", "Filmik z testu baterii: {U:short}"),
    ("marketplace", "Na [[mkt|OLX]] mam go taniej o 100 zł, wyszukaj po modelu."),
    ("marketplace", "Kup przez [[mkt|Allegro]], tam mam wystawiony ten sam egzemplarz."),
    ("marketplace", "Na [[mkt|Vinted]] też go mam, tam bez prowizji."),
    ("payment_iban", "[[pay|Przelew na konto]] {I}, po zaksięgowaniu od razu wysyłam."),
    ("payment_method", "Najwygodniej [[pay|Revolutem]], kasa dojdzie od razu."),
    ("payment_cash", "Możemy się spotkać w {city}, zapłacisz [[pay|gotówką przy odbiorze]]."),
    ("details_request", "[[det|Podaj mi swój numer]], zadzwonię w sprawie odbioru."),
    ("details_request", "[[det|Jaki masz prywatny mail]]? Wyślę ci kartę gwarancyjną."),
    ("details_request", "[[det|Jak mogę się z tobą skontaktować poza aplikacją]]?"),
    # hard negatives
    ("order_number", "Zamówienie {order_sw} opłacone, jutro rano pakuję."),
    ("tracking", "Nadane w InPost, numer przesyłki {inpost}, paczkomat da znać."),
    ("tracking", "Wysłane Pocztą Polską, numer nadania {pp20}."),
    ("imei", "IMEI {imei}, możesz sprawdzić, nie jest zablokowany."),
    ("serial", "Model {model_no}, numer seryjny {serial_samsung}."),
    ("price", "Cena ostateczna {price} razem z wysyłką."),
    ("storage_battery", "Pamięć {storage}, kondycja baterii {battery} %, ekran bez rys."),
    ("app_feature", "WhatsApp i BLIK w aplikacji banku działają bez zarzutu."),
    ("app_feature", "Aparat robi świetne zdjęcia na Instagrama, nagrywa w 4K."),
    ("rule_reminder", "Numeru nie podam, regulamin Swapiphone tego zabrania, piszmy tutaj."),
    ("social_negated", "Pytasz o Messengera, ale nie mam Facebooka; odpowiadam tylko tutaj."),
    ("payment_on_platform", "Możesz zapłacić BLIK-iem albo kartą przy kasie Swapiphone, jest ochrona kupującego."),
    ("payment_on_platform", "Przelewów poza platformą nie przyjmuję, kup przez przycisk w ogłoszeniu."),
    ("platform_contact", "W sprawie zwrotu napisz do support@swapiphone.com i podaj numer zamówienia."),
    ("platform_contact", "Warunki gwarancji są tu: https://www.swapiphone.com/help."),
    ("lookalike_word", "Na matrycy jest jedna mała kropka, widać ją tylko na białym tle."),
    ("lookalike_word", "W dołączonej klawiaturze małpa trochę się zacina, reszta działa."),
    ("details_lookalike", "Podaj numer zamówienia, to sprawdzę status wysyłki."),
    ("marketplace_provenance", "Etui kupiłem kiedyś na Allegro, dorzucę gratis."),
    ("address", "Zwrot na adres: {address}."),
    ("date_time", "Kurier będzie {date} około {time}, dostaniesz powiadomienie."),
    ("plain", "Dzięki, miłego użytkowania!"),
]

F["pt"] = [
    ("phone_national", "Liga-me para o {P:national} e combinamos a entrega em {city}."),
    ("phone_leet", "O meu número (escrevo assim por causa do filtro): {P:leet}."),
    ("phone_digitspaced", "Manda SMS para {P:digitspaced}, respondo mais rápido."),
    ("phone_foreign", "Estou fora do país até {date}, contacta-me pelo {PF:intl}."),
    ("social_phone", "Fala comigo no [[social|WhatsApp]], o número é {P:zerozero}."),
    ("payment_phone", "Paga por [[pay|MB Way]] para o {P:national} e envio hoje."),
    ("email_at_word", "Para a fatura escreve para {E:at_local0}."),
    ("email_fullwidth", "Envio-te as fotos por email: {E:fullwidth}"),
    ("email_bracket", "Manda-me um email para {E:bracket}."),
    ("social_handle", "Segue-me no [[social|Instagram @{h}]], tenho lá vídeos do telemóvel."),
    ("social_invite", "Podemos continuar no [[social|Telegram]]? Aqui as mensagens chegam atrasadas."),
    ("social_invite", "Chama-me no [[social|Messenger]], respondo logo."),
    ("url_https", "Tenho mais modelos no meu site {U:https}."),
    ("url_short", "Vê o vídeo aqui: {U:short}"),
    ("marketplace", "No [[mkt|OLX]] tenho-o 30 euros mais barato."),
    ("marketplace", "Está também no [[mkt|CustoJusto]], podes comprar por lá sem taxa."),
    ("marketplace", "Se preferires, compra-o no meu [[mkt|Vinted]], lá faço portes grátis."),
    ("payment_iban", "[[pay|Faz transferência]] para o {I} e envio assim que cair."),
    ("payment_method", "Aceito [[pay|PayPal amigos e familiares]], assim não pagamos taxas."),
    ("payment_cash", "Se vieres buscar a {city}, [[pay|pagas em dinheiro]] na hora."),
    ("details_request", "[[det|Dá-me o teu número]] para combinarmos a entrega."),
    ("details_request", "[[det|Qual é o teu email pessoal]]? Registo a garantia no teu nome."),
    ("details_request", "[[det|Como te posso contactar fora da app]]?"),
    # hard negatives
    ("order_number", "A tua encomenda {order_sw} está paga, envio amanhã."),
    ("tracking", "Enviado por CTT, registo {s10_pt}."),
    ("tracking", "Segue por DPD, número {dpd14}."),
    ("imei", "IMEI {imei_spaced}, podes confirmar que não está bloqueado."),
    ("serial", "Modelo {model_no}, número de série {serial_apple}."),
    ("price", "O preço final é {price}, com portes incluídos."),
    ("storage_battery", "{storage}, bateria a {battery} %, ecrã sem riscos."),
    ("app_feature", "O MB Way e o WhatsApp funcionam perfeitamente, testei ontem."),
    ("app_feature", "A câmara é ótima para Instagram e TikTok."),
    ("rule_reminder", "Não posso dar o meu contacto, as regras da Swapiphone não deixam; falamos aqui."),
    ("social_negated", "Pedes o meu Telegram mas não uso, respondo sempre por aqui."),
    ("payment_on_platform", "Podes pagar com MB Way ou cartão no checkout da Swapiphone."),
    ("payment_on_platform", "Transferências por fora não aceito, compra pelo botão do anúncio."),
    ("platform_contact", "Para devoluções escreve para support@swapiphone.com com o número da encomenda."),
    ("platform_contact", "A garantia está explicada em https://www.swapiphone.com/help."),
    ("lookalike_word", "Tem um pequeno ponto no ecrã, só se vê com fundo branco."),
    ("lookalike_word", "A tecla da arroba no teclado que ofereço está um pouco presa."),
    ("details_lookalike", "Manda-me o número da encomenda para ver o envio."),
    ("marketplace_provenance", "A capa comprei-a no OLX há anos, ofereço-ta."),
    ("address", "Devolução para: {address}."),
    ("date_time", "O estafeta passa dia {date} por volta das {time}."),
    ("plain", "Obrigado, bom proveito!"),
]

F["en"] = [
    ("phone_national", "Give me a ring on {P:national} and I'll talk you through the battery swap."),
    ("phone_separators", "Text me on {P:separators} if you want to come and see it in {city}."),
    ("phone_spelled", "The app keeps blocking digits so here it is in words: {P:spelled}."),
    ("phone_foreign", "I'm working abroad till {date}, best to text {PF:zerozero}."),
    ("social_phone", "Drop me a message on [[social|WhatsApp]], {P:intl}, and I'll send the video."),
    ("payment_phone", "Just [[pay|Revolut me]] on {P:national} and it goes out today."),
    ("email_at_word", "For the invoice, email me at {E:at_local0}."),
    ("email_spaced", "Photos are too big for the chat, send an email to {E:spaced}."),
    ("email_spsym", "My email's {E:spsym}, I check it more often than this."),
    ("social_handle", "Add me on [[social|Snap: {h}]] and I'll show you the screen in daylight."),
    ("social_invite", "Easier to chat on [[social|Telegram]], this app keeps logging me out."),
    ("social_invite", "Find me on [[social|Facebook Messenger]], I'm quicker there."),
    ("url_www", "More stock on my site {U:www}."),
    ("url_short", "Here's a video of it working: {U:short}"),
    ("marketplace", "It's £30 cheaper on my [[mkt|eBay]], listing ends Sunday.", "uk"),
    ("marketplace", "I've got it on [[mkt|Gumtree]] as well if you'd rather buy there.", "uk"),
    ("marketplace", "It's up on [[mkt|DoneDeal]] too, cheaper without the fees.", "ie"),
    ("payment_iban", "[[pay|Bank transfer]] to {I} and I'll post it same day."),
    ("payment_method", "[[pay|PayPal friends and family]] is easiest, saves us both the fee."),
    ("payment_cash", "You can [[pay|pay cash on collection]] in {city}."),
    ("details_request", "[[det|Send me your mobile number]] and I'll ring you about collection."),
    ("details_request", "[[det|What's your personal email]]? I'll register the warranty to you."),
    ("details_request", "[[det|How can I reach you outside the app]]?"),
    # hard negatives
    ("order_number", "Your order {order_sw} is paid, packing it tomorrow morning."),
    ("tracking", "Sent Royal Mail Special Delivery, tracking {s10_gb}.", "uk"),
    ("tracking", "Went out with Evri, tracking number {evri}.", "uk"),
    ("imei", "IMEI is {imei}, feel free to check it's not blacklisted."),
    ("serial", "Model {model_no}, serial {serial_apple}."),
    ("price", "Lowest I can do is {price}, the screen's original."),
    ("storage_battery", "{storage}, battery health {battery} %, no scratches."),
    ("app_feature", "WhatsApp, Snapchat and banking apps all work fine."),
    ("app_feature", "Dual SIM works, I had two WhatsApp accounts on it."),
    ("rule_reminder", "Sorry, I don't give out my number, let's keep it on Swapiphone till it's delivered."),
    ("social_negated", "You asked for my Insta but I don't have one, happy to send more pics here."),
    ("payment_on_platform", "You can pay with PayPal or Apple Pay at the Swapiphone checkout, you're covered."),
    ("payment_on_platform", "No bank transfers outside the platform please, just use the Buy button."),
    ("platform_contact", "For returns email support@swapiphone.com with your order number."),
    ("platform_contact", "Warranty details are at https://www.swapiphone.com/help."),
    ("lookalike_word", "There's a tiny dot on the rear camera glass, doesn't show in photos."),
    ("lookalike_word", "The at sign key on the bundled keyboard sticks a bit, everything else is fine."),
    ("details_lookalike", "Send me your order number and I'll chase the courier."),
    ("marketplace_past", "I used to sell on eBay but Swapiphone is much safer."),
    ("address", "Returns go to: {address}."),
    ("date_time", "Courier's coming on {date} around {time}."),
    ("plain", "Cheers, enjoy the phone!"),
]

# ---------------------------------------------------------------------------
# extra disguises new to this set
# ---------------------------------------------------------------------------
CIRCLED = {str(k): chr(0x2460 + k - 1) for k in range(1, 10)}
CIRCLED["0"] = "\u24ea"


def phone_text(num, region: str, style: str, lang: str, market: str) -> str:
    if style == "circled":
        return "".join(CIRCLED.get(c, c) for c in M.national(num, region))
    if style == "digitspaced":
        return " ".join(c for c in re.sub(r"\D", "", M.national(num, region)))
    return M.fmt_phone(num, region, style, lang, market)


def email_text(email: str, style: str, lang: str, k: int) -> str:
    local, dom = email.split("@")
    if style == "curly":
        return f"{local}{{at}}{dom.replace('.', '{dot}')}"
    if style == "spsym":
        return f"{local} @ {dom.replace('.', ' . ')}"
    if style == "fwat":
        return f"{local}\uff20{dom}"
    return M.disguise_email(email, style, lang, k)


def decode_email_ext(s: str) -> str:
    s = s.replace("{at}", "@").replace("{dot}", ".")
    return M.decode_email(s)


URL_RE = re.compile(r"(https?://\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|fr|de|es|it|nl|pl|pt|be|ch|lu|at|ie|"
                    r"co\.uk|uk|shop|eu|ly|me|gg|net|org)\b\S*)", re.I)


def url_matches(text: str):
    for m in URL_RE.finditer(text):
        u = m.group(0).rstrip(".,;:!?)»\"'")
        yield m.start(), m.start() + len(u), u


def phone_hits(text: str, regions: list[str], strict: bool = True) -> list[tuple[int, int]]:
    hits = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append((m.start, m.end))
        if not strict:
            continue
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.POSSIBLE):
            if phonenumbers.is_valid_number(m.number):
                hits.append((m.start, m.end))
    return hits


def negative_problems(text: str, lang: str, market: str, strict: bool = False) -> list[str]:
    errs = []
    if phone_hits(text, sorted({M.MARKET_REGION[market], MAIN_REGION[lang]}), strict):
        errs.append("valid phone in negative")
    if "@" in text.replace("support@swapiphone.com", ""):
        errs.append("@ in negative")
    for a, b, u in url_matches(text):
        if "swapiphone" not in u.lower():
            errs.append(f"url in negative: {u}")
    return errs


def positive_problems(text: str, spans: list[tuple[int, int]], lang: str, market: str) -> list[str]:
    def inside(a, b):
        return any(s <= a and b <= e for s, e in spans)
    errs = []
    for a, b in phone_hits(text, sorted({M.MARKET_REGION[market], MAIN_REGION[lang]})):
        if not inside(a, b):
            errs.append(f"phone outside evidence: {text[a:b]}")
    for k, c in enumerate(text):
        if c in "@\uff20" and not inside(k, k + 1):
            errs.append("@ outside evidence")
    for a, b, u in url_matches(text):
        if not inside(a, b) and "swapiphone" not in u.lower():
            errs.append(f"url outside evidence: {u}")
    return errs


TOKEN = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{(P|PF|E|U|I)(?::(\w+))?\}")
_foreign_i = [0]
_email_i = [0]


def render(lang: str, kind: str, tpl: str, market: str):
    slots = M.neg_slots(lang, market)
    slots["h"] = M.gen_handle(lang)
    filled = re.sub(r"\{([a-z_0-9]+)\}", lambda m: slots[m.group(1)], tpl)
    text, ev, spans, codes, phones = "", [], [], set(), []
    pos = 0
    for m in TOKEN.finditer(filled):
        text += filled[pos:m.start()]
        pos = m.end()
        if m.group(1):
            code, val = CODE[m.group(1)], m.group(2)
        else:
            typ, style = m.group(3), m.group(4) or ""
            if typ in ("P", "PF"):
                if typ == "P":
                    region = M.MARKET_REGION[market]
                else:
                    region = M.FOREIGN_REGIONS[_foreign_i[0] % len(M.FOREIGN_REGIONS)]
                    _foreign_i[0] += 1
                num = M.gen_mobile(region, need_leet=(style == "leet"))
                val = phone_text(num, region, style, lang, market)
                M.check_phone_evidence(val, lang, region, M.e164(num))
                assert phonenumbers.is_valid_number_for_region(num, region)
                phones.append((val, region))
                code = CODE["phone"]
            elif typ == "E":
                email = M.gen_email(lang)
                _email_i[0] += 1
                val = email_text(email, style, lang, _email_i[0])
                assert decode_email_ext(val) == email, (val, email)
                code = CODE["email"]
            elif typ == "U":
                val = M.gen_url(style, lang, market, M.MARKET_REGION[market])
                code = CODE["url"]
            else:
                val = M.gen_iban(lang, market)
                code = CODE["pay"]
        spans.append((len(text), len(text) + len(val)))
        text += val
        ev.append(val)
        codes.add(code)
    text += filled[pos:]
    return text, ev, spans, sorted(codes), phones


def pick_market(lang: str) -> str:
    ms = M.MARKET_WEIGHTS[lang]
    return M.rng.choices([m for m, _ in ms], weights=[w for _, w in ms])[0]


def generate() -> list[dict]:
    out = []
    for lang in M.LANGS:
        recs = []
        for fr in F[lang]:
            kind, tpl = fr[0], fr[1]
            for attempt in range(200):
                market = fr[2] if len(fr) > 2 else pick_market(lang)
                text, ev, spans, codes, phones = render(lang, kind, tpl, market)
                errs = (positive_problems(text, spans, lang, market) if codes
                        else negative_problems(text, lang, market, strict=attempt < 100))
                if not errs:
                    break
            else:
                raise RuntimeError((lang, kind, text, errs))
            recs.append({"lang": lang, "market": market, "text": text, "expected": codes,
                         "evidence": ev, "kind": kind, "_phones": phones})
        M.rng.shuffle(recs)
        for k, r in enumerate(recs, 1):
            r.pop("_phones")
            out.append({"id": f"un-{lang}-{k:04d}", **r})
    return out


# ---------------------------------------------------------------------------
# checks on the written file
# ---------------------------------------------------------------------------
HARD_NEG_EXCLUDE = {"plain"}


def check_record(m: dict) -> list[str]:
    errs = []
    t = m["text"]
    pos = 0
    spans = []
    for e in m["evidence"]:
        k = t.find(e, pos)
        if k < 0:
            errs.append(f"{m['id']}: evidence not in text (in order): {e!r}")
            continue
        spans.append((k, k + len(e)))
        pos = k + len(e)
    if m["expected"] != sorted(set(m["expected"])):
        errs.append(f"{m['id']}: expected not sorted/unique")
    if not m["expected"]:
        if m["evidence"]:
            errs.append(f"{m['id']}: negative with evidence")
        errs += [f"{m['id']}: {x}" for x in negative_problems(t, m["lang"], m["market"])]
    else:
        errs += [f"{m['id']}: {x}" for x in positive_problems(t, spans, m["lang"], m["market"])]
        if "contact.phone" in m["expected"]:
            ok = False
            for e in m["evidence"]:
                for reg in [M.MARKET_REGION[m["market"]], *M.FOREIGN_REGIONS]:
                    try:
                        d = M.decode_phone(e.replace("{", " ").replace("}", " "), m["lang"])
                        num = phonenumbers.parse(d, reg)
                    except Exception:
                        continue
                    if phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(
                            num, phonenumbers.region_code_for_number(num)):
                        ok = True
            if not ok:
                errs.append(f"{m['id']}: no valid phone among evidence")
    return errs


def tables(msgs: list[dict]) -> str:
    lines = ["| lang | total | positive | hard negative | plain | markets |", "|---|---|---|---|---|---|"]
    for lang in M.LANGS + ["all"]:
        ms = [m for m in msgs if lang == "all" or m["lang"] == lang]
        pos = sum(1 for m in ms if m["expected"])
        pl = sum(1 for m in ms if m["kind"] == "plain")
        hn = len(ms) - pos - pl
        mk = ", ".join(f"{k} {v}" for k, v in Counter(m["market"] for m in ms).most_common()) if lang != "all" else ""
        lines.append(f"| {lang} | {len(ms)} | {pos} | {hn} ({hn / len(ms):.0%}) | {pl} | {mk} |")
    codes = sorted(set(CODE.values()))
    lines += ["", "| code | " + " | ".join(M.LANGS) + " | total | share of code occurrences |",
              "|---|" + "---|" * (len(M.LANGS) + 2)]
    allocc = sum(len(m["expected"]) for m in msgs)
    for c in codes:
        row = [sum(1 for m in msgs if m["lang"] == l and c in m["expected"]) for l in M.LANGS]
        lines.append(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} | {sum(row) / allocc:.0%} |")
    multi = sum(1 for m in msgs if len(m["expected"]) > 1)
    lines += ["", f"Multi-code positives: {multi}.", "", "| kind | count | | kind | count |", "|---|---|---|---|---|"]
    pk = sorted(Counter(m["kind"] for m in msgs if m["expected"]).items())
    nk = sorted(Counter(m["kind"] for m in msgs if not m["expected"]).items())
    for k in range(max(len(pk), len(nk))):
        a = pk[k] if k < len(pk) else ("", "")
        b = nk[k] if k < len(nk) else ("", "")
        lines.append(f"| {a[0]} | {a[1]} | | {b[0]} | {b[1]} |")
    return "\n".join(lines)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    if "--check" in sys.argv:
        msgs = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        msgs = generate()
        OUT.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in msgs), encoding="utf-8")
    errs = [e for m in msgs for e in check_record(m)]
    ids = [m["id"] for m in msgs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    print(tables(msgs))
    for e in errs:
        print("ERROR", e)
    print(f"{len(msgs)} messages, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
