using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Tests.Keyframes;

/// <summary>
/// The in-memory migration's <see cref="PositionView"/> must answer exactly as a <see cref="KeyframeView"/> over an
/// empty keyframe does: the same errors, the same models, ids and deleted states after every event, and the same
/// models in the same order at the end (pure logic).
/// </summary>
public class PositionViewTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_positions_read_and_end_as_a_keyframe_view_over_nothing(int seed)
    {
        var random = new Random(seed);
        var keyframe = new Keyframe(1);
        var expected = new KeyframeView(keyframe, 7);
        var view = new PositionView(7);
        int applied = 0, failed = 0, asked = 0;
        for (var i = 0; i < 4000; i++)
        {
            var fqid = random.Next(4) == 0 ? $"n/{random.Next(1, 8)}" : $"m/{random.Next(1, 40)}";
            var @event = StoredModelApplierTests.RandomEvent(random, fqid);
            var compact = CompactEvent.From(@event);
            var expectedError = Record.Exception(() => expected.Apply(@event));
            var error = Record.Exception(() => view.Apply(compact.Parse(), compact));
            Assert.Equal(expectedError?.GetType(), error?.GetType());
            Assert.Equal(expectedError?.Message, error?.Message);
            if (error is null)
            {
                applied++;
            }
            else
            {
                failed++;
            }

            // Reads of the model just touched, of another one, and (now and then, so that the view's id sets are
            // both built from scratch and kept up to date) of the ids.
            foreach (var read in new[] { fqid, $"m/{random.Next(1, 40)}", "m/999" })
            {
                AssertSameRead(expected, view, read);
            }

            if (random.Next(50) == 0)
            {
                asked++;
                foreach (var collection in new[] { "m", "n", "x" })
                {
                    Assert.Equal(expected.GetAllIdsForCollection(collection).Order(), view.GetAllIdsForCollection(collection).Order());
                    Assert.Equal(expected.GetAllIdsForCollection(collection, includeDeleted: true).Order(), view.GetAllIdsForCollection(collection, includeDeleted: true).Order());
                }
            }
        }

        Assert.True(applied > 800 && failed > 800 && asked > 40, $"{applied} applied, {failed} failed, {asked} id reads");
        expected.Commit();
        var models = view.TakeModels().ToList();
        Assert.Equal(keyframe.Models.Select(p => p.Key), models.Select(p => p.Key));
        foreach (var ((fqid, expectedModel), (_, model)) in keyframe.Models.Zip(models))
        {
            Assert.True(expectedModel.Deleted == model.Deleted, fqid);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expectedModel.Json), System.Text.Encoding.UTF8.GetString(model.Json));
        }

        Assert.Empty(view.TakeModels());
    }

    [Fact]
    public void A_model_only_created_is_its_create_event_and_reads_with_its_meta_fields()
    {
        var view = new PositionView(1);
        var create = CompactEvent.From(new CreateEvent("a/1", new JsonObject { ["f"] = 1 }));
        view.Apply(create.Parse(), create);
        Assert.Equal("""{"f":1,"meta_deleted":false,"meta_position":1}""", view.GetModel("a/1").ToJsonString());
        var again = Assert.Throws<Errors.BadEventException>(() => view.Apply(create.Parse(), create));
        Assert.Equal("Model a/1 already exists", again.Message);
        var update = CompactEvent.From(new UpdateEvent("a/1", new JsonObject { ["g"] = "x" }));
        view.Apply(update.Parse(), update);
        var delete = CompactEvent.From(new DeleteEvent("a/1"));
        view.Apply(delete.Parse(), delete);
        Assert.Throws<KeyframeModelDeletedException>(() => view.GetModel("a/1"));
        Assert.Equal("""{"f":1,"meta_deleted":true,"meta_position":1,"g":"x"}""", view.GetDeletedModel("a/1").ToJsonString());
        Assert.Empty(view.GetAllIdsForCollection("a"));
        Assert.Equal([1], view.GetAllIdsForCollection("a", includeDeleted: true));
    }

    private static void AssertSameRead(KeyframeView expected, PositionView view, string fqid)
    {
        Assert.Equal(expected.ModelExists(fqid), view.ModelExists(fqid));
        Assert.Equal(expected.ModelNotDeleted(fqid), view.ModelNotDeleted(fqid));
        var expectedRead = Record.Exception(() => expected.GetModelIgnoreDeleted(fqid));
        var read = Record.Exception(() => view.GetModelIgnoreDeleted(fqid));
        Assert.Equal(expectedRead?.GetType(), read?.GetType());
        if (read is null)
        {
            var (expectedModel, expectedDeleted) = expected.GetModelIgnoreDeleted(fqid);
            var (model, deleted) = view.GetModelIgnoreDeleted(fqid);
            Assert.Equal(expectedDeleted, deleted);
            Assert.Equal(expectedModel.ToJsonString(), model.ToJsonString());
        }

        Assert.Equal(Record.Exception(() => expected.GetModel(fqid))?.Message, Record.Exception(() => view.GetModel(fqid))?.Message);
        Assert.Equal(Record.Exception(() => expected.GetDeletedModel(fqid))?.Message, Record.Exception(() => view.GetDeletedModel(fqid))?.Message);
    }
}
