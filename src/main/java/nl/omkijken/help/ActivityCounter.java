package nl.omkijken.help;

import nl.omkijken.area.Areas;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every {@link HelpActivity} for the anonymous figures, in the transaction of the change it stands for. */
@Component
class ActivityCounter {

    private final ActivityRecordRepository records;
    private final Areas areas;

    ActivityCounter(ActivityRecordRepository records, Areas areas) {
        this.records = records;
        this.areas = areas;
    }

    @EventListener
    void on(HelpActivity activity) {
        records.save(new ActivityRecord(areas.municipality().code(), activity));
    }
}
