"""Exceptions for what a user can cause. Problems inside an article are diagnostics, not these."""

from __future__ import annotations


class InputError(Exception):
    """The input is no article (empty, binary, undecodable, too large, unreadable)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message
