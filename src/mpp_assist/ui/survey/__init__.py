"""The satisfaction survey (SKM) the applicant answers on the applicant display."""
