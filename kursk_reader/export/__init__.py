"""Exporters: the report model to Markdown, HTML and PDF, and W3C Web Annotation JSON-LD."""
