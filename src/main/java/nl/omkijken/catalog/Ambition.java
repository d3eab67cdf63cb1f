package nl.omkijken.catalog;

/** The three ambitions of the social base, budget goals 1.1.1 to 1.1.3 of the municipal budget. */
public enum Ambition {
    MEANINGFUL_CONTACTS("1.1.1"),
    VITAL_AND_HEALTHY("1.1.2"),
    EQUAL_OPPORTUNITIES("1.1.3");

    private final String budgetGoal;

    Ambition(String budgetGoal) {
        this.budgetGoal = budgetGoal;
    }

    public String budgetGoal() {
        return budgetGoal;
    }

    public String messageKey() {
        return "ambition." + name();
    }
}
