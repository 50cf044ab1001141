package onestop.opinions;

/** Registered and waiting for the reply (OPEN), replied (ANSWERED), closed by the department (CLOSED). */
public enum OpinionStatus { OPEN, ANSWERED, CLOSED }
