package io.greenloop.supervision;

import java.time.LocalDate;

/**
 * A task as a catalogue target's page lists it.
 *
 * @param code the task's code
 * @param name its name
 * @param state where it stands
 * @param due when it is due, if its 时间安排 says
 */
public record TargetTaskView(String code, String name, TaskState state, LocalDate due) {
}
