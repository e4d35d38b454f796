using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0059;

/// <summary>
/// Removes statutes: deletes every live statute motion (<c>statute_paragraph_id</c> set) with what its deletion schema
/// reaches, through <see cref="CascadeDelete"/> (the backend's <c>DeletionMixin</c>): its change recommendations,
/// comments, personal notes, submitters, editors, working group speakers, list of speakers (with speakers, structure
/// level lists of speakers and projections), agenda item (with projections), projections, polls (with options, their
/// votes, and projections) and the motions related to it as amendments, origins and derived motions, removing all of
/// them from the relations of the models that stay (meetings, meeting users, users, tags, states, categories, blocks,
/// comment sections, groups, candidate lists, agenda items, point of order categories, structure levels, projectors,
/// other motions). Then deletes every live <c>motion_statute_paragraph</c>, drops
/// <c>default_statute_amendment_workflow_meeting_id</c> from the workflows where it is set (truthy), and drops the four
/// statute fields from every live meeting (unconditionally, as upstream). Lead motions, candidate lists, and a deleted
/// poll's global option unless it is among its <c>option_ids</c>, are not deleted (upstream's schema leaves them out).
/// <para>
/// The schema below is upstream's, as data, with its mistakes, which the relation table of 4.2.30
/// (<see cref="ModelRelations"/>) shows and the tests pin down: a motion's <c>origin_meeting_id</c> is cleaned as
/// <c>forwarded_motion_ids</c> of the <b>motion</b> with the meeting's id (so that meeting keeps the deleted id, and if
/// no live motion has that id the position is refused: ModelDoesNotExist), and the two <c>referenced_in_…</c> fields
/// remove ids from the fqid lists <c>state_extension_reference_ids</c> and <c>recommendation_extension_reference_ids</c>
/// (so nothing is removed there). The upstream quirks of the cascade itself are listed at <see cref="CascadeDelete"/>.
/// In memory the same events are applied, and, as everywhere there, the deleted models stay in the result (their flag
/// goes with the meta fields); the read order (database: by id; memory: as asked, in set order) only orders events.
/// </para>
/// <para>
/// Deliberate difference: a statute motion with a lead motion fails the migration as upstream's does (nothing is
/// written), but with the backend's <see cref="MigrationException"/> naming every such motion and its lead motion, where
/// upstream raises the datastore's exception with the bare "A statute motion cannot have a lead motion." for the first.
/// </para>
/// </summary>
[TargetMigrationIndex(60)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] MeetingStatuteFields =
    [
        "motions_statutes_enabled",
        "motions_statute_recommendations_by",
        "motion_statute_paragraph_ids",
        "motions_default_statute_amendment_workflow_id",
    ];

    private const string WorkflowField = "default_statute_amendment_workflow_meeting_id";

    /// <summary>Upstream's deletion schema (0059_remove_statutes.py), in its order, which orders the events.</summary>
    private const string SchemaJson = """
        {
            "motion": {
                "deletes_models_from": {
                    "motion_change_recommendation": ["change_recommendation_ids"],
                    "motion_comment": ["comment_ids"],
                    "personal_note": ["personal_note_ids"],
                    "motion_working_group_speaker": ["working_group_speaker_ids"],
                    "motion_editor": ["editor_ids"],
                    "motion_submitter": ["submitter_ids"],
                    "list_of_speakers": ["list_of_speakers_id"],
                    "agenda_item": ["agenda_item_id"],
                    "projection": ["projection_ids"],
                    "poll": ["poll_ids"],
                    "motion": ["amendment_ids", "origin_id", "derived_motion_ids", "all_origin_ids", "all_derived_motion_ids"]
                },
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_ids"},
                    "tag": {"tag_ids": "generic-tagged_ids"},
                    "motion_state": {"state_id": "motion_ids", "recommendation_id": "motion_recommendation_ids"},
                    "motion": {
                        "origin_meeting_id": "forwarded_motion_ids",
                        "sort_parent_id": "sort_child_ids",
                        "sort_child_ids": "sort_parent_id",
                        "state_extension_reference_ids": "referenced_in_motion_state_extension_ids",
                        "referenced_in_motion_state_extension_ids": "state_extension_reference_ids",
                        "recommendation_extension_reference_ids": "referenced_in_motion_recommendation_extension_ids",
                        "referenced_in_motion_recommendation_extension_ids": "recommendation_extension_reference_ids"
                    },
                    "motion_category": {"category_id": "motion_ids"},
                    "motion_block": {"block_id": "motion_ids"},
                    "meeting_user": {"supporter_meeting_user_ids": "supported_motion_ids"},
                    "meeting_mediafile": {"attachment_meeting_mediafile_ids": "generic-attachment_ids"}
                }
            },
            "motion_submitter": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_submitter_ids"},
                    "meeting_user": {"meeting_user_id": "motion_submitter_ids"}
                }
            },
            "motion_editor": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_editor_ids"},
                    "meeting_user": {"meeting_user_id": "motion_editor_ids"}
                }
            },
            "motion_working_group_speaker": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_working_group_speaker_ids"},
                    "meeting_user": {"meeting_user_id": "motion_working_group_speaker_ids"}
                }
            },
            "personal_note": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "personal_note_ids"},
                    "meeting_user": {"meeting_user_id": "personal_note_ids"}
                }
            },
            "motion_comment": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_comment_ids"},
                    "motion_comment_section": {"section_id": "comment_ids"}
                }
            },
            "motion_comment_section": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_comment_section_ids"}
                }
            },
            "motion_change_recommendation": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "motion_change_recommendation_ids"}
                }
            },
            "poll": {
                "deletes_models_from": {
                    "option": ["option_ids"],
                    "projection": ["projection_ids"]
                },
                "updates_models_from": {
                    "meeting": {"meeting_id": "poll_ids"},
                    "group": {"entitled_group_ids": "poll_ids"},
                    "user": {"voted_ids": "poll_voted_ids"}
                }
            },
            "option": {
                "deletes_models_from": {
                    "vote": ["vote_ids"]
                },
                "updates_models_from": {
                    "meeting": {"meeting_id": "option_ids"},
                    "motion": {"content_object_id": "option_ids"},
                    "poll_candidate_list": {"content_object_id": "option_id"},
                    "user": {"content_object_id": "option_ids"}
                }
            },
            "vote": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "vote_ids"},
                    "user": {"user_id": "vote_ids", "delegated_user_id": "delegated_vote_ids"}
                }
            },
            "agenda_item": {
                "deletes_models_from": {
                    "projection": ["projection_ids"]
                },
                "updates_models_from": {
                    "meeting": {"meeting_id": "agenda_item_ids"},
                    "agenda_item": {"parent_id": "child_ids", "child_ids": "parent_id"},
                    "tag": {"tag_ids": "generic-tagged_ids"}
                }
            },
            "list_of_speakers": {
                "deletes_models_from": {
                    "projection": ["projection_ids"],
                    "speaker": ["speaker_ids"],
                    "structure_level_list_of_speakers": ["structure_level_list_of_speakers_ids"]
                },
                "updates_models_from": {
                    "meeting": {"meeting_id": "list_of_speakers_ids"}
                }
            },
            "speaker": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "speaker_ids"},
                    "meeting_user": {"meeting_user_id": "speaker_ids"},
                    "point_of_order_category": {"point_of_order_category_id": "speaker_ids"}
                }
            },
            "structure_level_list_of_speakers": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "structure_level_list_of_speakers_ids"},
                    "meeting_user": {"meeting_user_ids": "structure_level_list_of_speakers_ids"},
                    "structure_level": {"structure_level_id": "structure_level_list_of_speakers_ids"}
                }
            },
            "structure_level": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "structure_level_ids"},
                    "meeting_user": {"meeting_user_ids": "structure_level_ids"}
                }
            },
            "projection": {
                "deletes_models_from": {},
                "updates_models_from": {
                    "meeting": {"meeting_id": "all_projection_ids"},
                    "projector": {
                        "current_projector_id": "current_projection_ids",
                        "preview_projector_id": "preview_projection_ids",
                        "history_projector_id": "history_projection_ids"
                    }
                }
            }
        }
        """;

    internal static DeletionSchema Schema { get; } = DeletionSchema.Parse(SchemaJson);

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        var statuteMotions = await Reader.FilterAsync(
            "motion",
            new And(new FilterOperator("statute_paragraph_id", "!=", null), new FilterOperator("meta_deleted", "!=", true)),
            cancellationToken: cancellationToken);
        var withLeadMotion = statuteMotions
            .Where(p => PythonTruth.IsTruthy(p.Value["lead_motion_id"]))
            .Select(p => $"A statute motion cannot have a lead motion: {DatastoreKeys.Fqid("motion", p.Key)} has lead_motion_id {JsonIds.Text(p.Value["lead_motion_id"])}.")
            .ToList();
        if (withLeadMotion.Count > 0)
        {
            throw new MigrationException(withLeadMotion);
        }

        await new CascadeDelete(Reader, Schema).AddEventsAsync(
            [KeyValuePair.Create("motion", new PythonIntSet(statuteMotions.Keys))], events, cancellationToken);

        foreach (var id in (await Reader.GetAllAsync("motion_statute_paragraph", ["meeting_id"], cancellationToken)).Keys)
        {
            events.Add(new DeleteRequestEvent(DatastoreKeys.Fqid("motion_statute_paragraph", id)));
        }

        await foreach (var (id, workflow) in Reader.StreamAllAsync("motion_workflow", [WorkflowField], cancellationToken))
        {
            if (PythonTruth.IsTruthy(workflow[WorkflowField]))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("motion_workflow", id), new JsonObject { [WorkflowField] = null }));
            }
        }

        // Upstream reads the whole meetings; only their ids are used.
        foreach (var id in (await Reader.GetAllAsync("meeting", ["id"], cancellationToken)).Keys)
        {
            var fields = new JsonObject();
            foreach (var field in MeetingStatuteFields)
            {
                fields[field] = null;
            }

            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting", id), fields));
        }

        return events;
    }
}
