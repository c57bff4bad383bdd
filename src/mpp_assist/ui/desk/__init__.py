"""The form flow of one application: service list, section pages, fields, check answers, correction."""
