"""Training of the contact offer model (screening/checks/contact/offer_model.py)."""
