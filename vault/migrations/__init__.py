"""Alembic migrations for the metadata database, shipped as package data and run by ``vault init``
and at start-up (:func:`vault.db.upgrade`)."""
