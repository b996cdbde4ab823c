"""Natural-language questions answered from the text: a router over one module a route."""
