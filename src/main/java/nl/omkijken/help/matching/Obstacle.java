package nl.omkijken.help.matching;

/** Why a resident and a volunteer cannot be buddies. When there are several, the first in this order is named. */
public enum Obstacle implements Fit {
    /** They are never free at the same part of the same day. */
    NO_SHARED_TIME,
    /** One of them wants a buddy of another gender or age band, or of one the other did not tell. */
    PREFERENCE_NOT_MET,
    /** They have no language in common. */
    NO_SHARED_LANGUAGE,
    /** They live further apart than they can travel together, or both need a visit at home. */
    TOO_FAR
}
