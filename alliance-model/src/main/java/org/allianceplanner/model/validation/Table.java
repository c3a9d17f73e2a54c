package org.allianceplanner.model.validation;

/**
 * The scenario tables, in the order violations are reported. The name of each is its file stem, the
 * name the io layer maps back to a file or sheet.
 */
enum Table {
    SCENARIO("scenario"),
    PARTNERS("partners"),
    MARKETS("markets"),
    COUNTRIES("countries"),
    PLANTS("plants"),
    PLATFORMS("platforms"),
    PLATFORM_LINES("platform_lines"),
    PRODUCTION_BASELINE("production_baseline"),
    MODELS("models"),
    BOM("bom"),
    DEMAND("demand"),
    DEALERS("dealers"),
    FREIGHT("freight"),
    TARIFFS("tariffs"),
    PART_FAMILIES("part_families"),
    PART_VARIANTS("part_variants"),
    SUPPLIERS("suppliers"),
    PRICE_TIERS("price_tiers"),
    PART_FREIGHT("part_freight"),
    COMMONIZATION("commonization"),
    RND_PROGRAMS("rnd_programs"),
    RND_TASKS("rnd_tasks"),
    RND_TASK_NEEDS("rnd_task_needs"),
    RND_TEAMS("rnd_teams"),
    FRICTION("friction"),
    COALITIONS("coalitions"),
    FX_RATES("fx_rates");

    /** Row index of the scenario settings, which are key/value pairs rather than rows. */
    static final int SETTINGS_ROW = -1;

    private final String fileStem;

    Table(String fileStem) {
        this.fileStem = fileStem;
    }

    String fileStem() {
        return fileStem;
    }
}
