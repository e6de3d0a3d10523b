package io.accountsapi.user;

import io.accountsapi.Ids;
import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's user labels: everyone of the organization reads them, an Admin writes them. As for memberships, a
 * label of another organization is not found, then rights are checked, then the body; a write then checks the client's
 * expectation of the current state under the row's lock.
 */
@Service
public class LabelService {

    private final LabelRepository labels;
    private final ChangeAuthorRepository authors;
    private final Clock clock;

    LabelService(LabelRepository labels, ChangeAuthorRepository authors, Clock clock) {
        this.labels = labels;
        this.authors = authors;
        this.clock = clock;
    }

    /** A page of the organization's labels whose name holds every word, in that order (the id breaks ties). */
    @ReadOnly
    public Page<LabelDetails> list(Caller caller, List<String> searchWords, Sort order, int page, int length) {
        return labels.findAll(
                        LabelRepository.inOrganizationMatching(caller.organizationId(), searchWords),
                        PageRequest.of(page - 1, length, order.and(Sort.by("id"))))
                .map(Details::of);
    }

    @ReadOnly
    public LabelDetails get(Caller caller, String labelId) {
        return labels.findByIdAndOrganizationId(labelId, caller.organizationId())
                .map(Details::of)
                .orElseThrow(LabelService::labelNotFound);
    }

    /** A new label; a name the organization already has (even one added at the same moment) is refused. */
    @Transactional
    public LabelDetails create(Caller caller, LabelChanges label, Runnable check) {
        caller.requireAdmin();
        check.run();
        var id = Ids.shortId();
        var added = labels.insertAbsent(
                caller.organizationId(),
                new String[] {id},
                new String[] {label.name().orElseThrow()},
                new String[] {label.color().orElse("")},
                caller.userId(),
                clock.instant());
        if (added.isEmpty()) {
            throw nameTaken();
        }
        return Details.of(added.getFirst());
    }

    /** {@code changed} and {@code changed_by} move only when something really changes. */
    @Transactional
    public LabelDetails update(Caller caller, String labelId, Write<LabelChanges, LabelDetails> write) {
        var label = labels.lockByIdAndOrganizationId(labelId, caller.organizationId())
                .orElseThrow(LabelService::labelNotFound);
        caller.requireAdmin();
        write.check().run();
        write.requireExpected(() -> Details.of(label));
        var changes = write.changes();
        var name = changes.name().orElse(label.name());
        if (labels.existsByOrganizationIdAndNameAndIdNot(caller.organizationId(), name, labelId)) {
            throw nameTaken();
        }
        if (label.change(
                name,
                changes.color().orElse(label.color()),
                authors.getReferenceById(caller.userId()),
                clock.instant())) {
            try {
                labels.saveAndFlush(label);
            } catch (DataIntegrityViolationException e) {
                // Another transaction gave that name to another label since the check above.
                throw nameTaken();
            }
        }
        return get(caller, labelId);
    }

    /** The label leaves the catalogue and every user who had it. */
    @Transactional
    public void delete(Caller caller, String labelId, Write<Void, LabelDetails> write) {
        var label = labels.lockByIdAndOrganizationId(labelId, caller.organizationId())
                .orElseThrow(LabelService::labelNotFound);
        caller.requireAdmin();
        write.requireExpected(() -> Details.of(label));
        labels.delete(label);
    }

    /**
     * The caller's labels of these names, as a user's write sends them: existing ones are reused (and recolored when
     * a color is sent), new ones are added to the organization's catalogue. When a name is sent twice, its last
     * color wins.
     */
    @Transactional
    Set<Label> findOrCreate(Caller caller, List<LabelName> inputs, Instant now) {
        var sent = SentLabels.of(inputs);
        var found = find(caller, sent.colorByName().keySet());
        var missing = sent.colorByName().keySet().stream()
                .filter(name -> !found.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            var organizationId = caller.organizationId();
            found.putAll(byName(labels.insertAbsent(
                    organizationId,
                    missing.stream().map(name -> Ids.shortId()).toArray(String[]::new),
                    missing.toArray(String[]::new),
                    missing.stream().map(sent.colorByName()::get).toArray(String[]::new),
                    caller.userId(),
                    now)));
            var addedMeanwhile =
                    missing.stream().filter(name -> !found.containsKey(name)).toArray(String[]::new);
            if (addedMeanwhile.length > 0) {
                found.putAll(byName(labels.findByNames(organizationId, addedMeanwhile)));
            }
        }
        var by = authors.getReferenceById(caller.userId());
        sent.recolored().forEach(name -> {
            var label = found.get(name);
            label.change(label.name(), sent.colorByName().get(name), by, now);
        });
        return Set.copyOf(found.values());
    }

    /**
     * The caller's labels of these names when a user's write sending them would change none (each exists, already in
     * the color sent where one is sent); empty when it would add or recolor one.
     */
    @Transactional
    Optional<Set<Label>> findAsSent(Caller caller, List<LabelName> inputs) {
        var sent = SentLabels.of(inputs);
        var found = find(caller, sent.colorByName().keySet());
        var asSent = found.size() == sent.colorByName().size()
                && sent.recolored().stream()
                        .allMatch(name -> found.get(name)
                                .color()
                                .equals(sent.colorByName().get(name)));
        return asSent ? Optional.of(Set.copyOf(found.values())) : Optional.empty();
    }

    private Map<String, Label> find(Caller caller, Set<String> names) {
        return names.isEmpty()
                ? new HashMap<>()
                : byName(labels.findByNames(caller.organizationId(), names.toArray(String[]::new)));
    }

    /** Labels as a write sends them: each name's color ("" when none is sent), and the names sent with one. */
    private record SentLabels(Map<String, String> colorByName, Set<String> recolored) {

        static SentLabels of(List<LabelName> inputs) {
            Map<String, String> colorByName = new LinkedHashMap<>();
            Set<String> recolored = new HashSet<>();
            for (var input : inputs) {
                var name = input.name();
                if (input.color().isPresent()) {
                    colorByName.put(name, input.color().get());
                    recolored.add(name);
                } else {
                    colorByName.putIfAbsent(name, "");
                }
            }
            return new SentLabels(colorByName, recolored);
        }
    }

    private static Map<String, Label> byName(List<Label> found) {
        return found.stream().collect(Collectors.toMap(Label::name, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static Refused nameTaken() {
        return new Refused(new Refusal.Taken("label", "name"));
    }

    private static Refused labelNotFound() {
        return Refused.notFound("label");
    }
}
