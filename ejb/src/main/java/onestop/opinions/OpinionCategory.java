package onestop.opinions;

/** What the public tells the center: a question (咨詢), a complaint (投訴) or a suggestion (建議). */
public enum OpinionCategory { CONSULTATION, COMPLAINT, SUGGESTION }
