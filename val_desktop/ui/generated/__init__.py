"""Generated from forms/*.ui by build_forms; do not edit."""
