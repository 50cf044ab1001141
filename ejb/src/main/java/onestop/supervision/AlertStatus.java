package onestop.supervision;

/** An alert's handling: open; explained by the department; closed by supervision; escalated with a rectification notice. */
public enum AlertStatus { OPEN, EXPLAINED, CLOSED, ESCALATED }
