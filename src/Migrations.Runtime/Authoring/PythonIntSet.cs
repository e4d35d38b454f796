using System.Collections;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Authoring;

/// <summary>
/// A set of ints that enumerates in the order CPython's <c>set</c> would (3.10, which the OpenSlides backend ran;
/// 3.11 gives the same orders for ints). Upstream migrations that turn a set of ids into a stored list (<c>list(s)</c>)
/// store them in that order, so a port that must produce the same lists uses this set instead of a sorted one.
/// <para>
/// The model follows CPython's <c>Objects/setobject.c</c> as far as the order goes: the hash of an int is the int
/// itself except that -1 hashes to -2; an open-addressed table of 8 slots to begin with, probed in runs of
/// <c>LINEAR_PROBES</c> + 1 neighbouring slots and then by <c>i = i * 5 + 1 + (perturb >>= 5)</c>; a discarded
/// element leaves a dummy slot, which a later insertion reuses (the last dummy on the probe path); the table grows
/// when three fifths of it are filled (dummies included), to the smallest power of two above four times the
/// number of elements (twice above 50000). Building from another set, <see cref="Union"/>, <see cref="Difference"/>,
/// <see cref="Intersection"/> and <see cref="Copy"/> take the same paths as CPython's (which operand is copied or
/// iterated, the size checks of the fast paths), since each of them can lay the same ids out differently.
/// </para>
/// </summary>
public sealed class PythonIntSet : IEnumerable<int>
{
    private const int MinSize = 8;
    private const ulong LinearProbes = 9;
    private const int PerturbShift = 5;

    private const byte Empty = 0;
    private const byte Active = 1;
    private const byte Dummy = 2;

    private int[] _keys = new int[MinSize];
    private byte[] _states = new byte[MinSize];

    /// <summary>The table size minus one.</summary>
    private int _mask = MinSize - 1;

    /// <summary>Slots that are active or dummy (CPython's <c>fill</c>).</summary>
    private int _fill;

    /// <summary>Active slots (CPython's <c>used</c>).</summary>
    private int _used;

    /// <summary>Changes with every insertion or removal, so that an enumeration notices a change under it.</summary>
    private int _version;

    /// <summary>An empty set: <c>set()</c>.</summary>
    public PythonIntSet()
    {
    }

    /// <summary>
    /// <c>set(items)</c>: from another <see cref="PythonIntSet"/> as CPython copies a set, from anything else (a list)
    /// element by element in its order.
    /// </summary>
    public PythonIntSet(IEnumerable<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        UnionWith(items);
    }

    /// <summary>The number of elements: <c>len(s)</c>.</summary>
    public int Count => _used;

    /// <summary><c>s.add(item)</c>; true if the item was not yet in the set.</summary>
    public bool Add(int item) => AddEntry(item);

    /// <summary><c>s.discard(item)</c>; true if the item was in the set. The table never shrinks here.</summary>
    public bool Discard(int item)
    {
        var slot = Lookup(item);
        if (slot < 0)
        {
            return false;
        }

        _states[slot] = Dummy;
        _used--;
        _version++;
        return true;
    }

    /// <summary><c>item in s</c>.</summary>
    public bool Contains(int item) => Lookup(item) >= 0;

    /// <summary><c>s.clear()</c>: back to the empty table of 8 slots.</summary>
    public void Clear()
    {
        _keys = new int[MinSize];
        _states = new byte[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _version++;
    }

    /// <summary>
    /// <c>s.update(items)</c>: another <see cref="PythonIntSet"/> is merged as CPython merges a set (one resize up front,
    /// then its elements in its order); anything else (a list) is added element by element in its order.
    /// </summary>
    public void UnionWith(IEnumerable<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is PythonIntSet other)
        {
            Merge(other);
            return;
        }

        foreach (var item in items)
        {
            AddEntry(item);
        }
    }

    /// <summary><c>s.copy()</c> (and <c>set(s)</c>).</summary>
    public PythonIntSet Copy()
    {
        var copy = new PythonIntSet();
        copy.Merge(this);
        return copy;
    }

    /// <summary><c>self | other</c>: a copy of this set, updated with <paramref name="other"/>.</summary>
    public PythonIntSet Union(PythonIntSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = Copy();
        if (!ReferenceEquals(other, this))
        {
            result.Merge(other);
        }

        return result;
    }

    /// <summary>
    /// <c>self - other</c>: when this set has more than four times as many elements as <paramref name="other"/>, a copy of
    /// it with the other's elements discarded; otherwise a new set of this set's elements (in its order) that the other
    /// lacks.
    /// </summary>
    public PythonIntSet Difference(PythonIntSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if ((_used >> 2) > other._used)
        {
            var copy = Copy();
            copy.DifferenceUpdate(other);
            return copy;
        }

        var result = new PythonIntSet();
        foreach (var slot in ActiveSlots())
        {
            if (!other.Contains(_keys[slot]))
            {
                result.AddEntry(_keys[slot]);
            }
        }

        return result;
    }

    /// <summary>
    /// <c>self &amp; other</c>: a new set of the common elements, in the order of the smaller operand (of
    /// <paramref name="other"/> when both are of the same size).
    /// </summary>
    public PythonIntSet Intersection(PythonIntSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return Copy();
        }

        var (larger, smaller) = other._used > _used ? (other, this) : (this, other);
        var result = new PythonIntSet();
        foreach (var slot in smaller.ActiveSlots())
        {
            var item = smaller._keys[slot];
            if (larger.Contains(item))
            {
                result.AddEntry(item);
            }
        }

        return result;
    }

    /// <summary>The elements as a JSON list, in the set's order: <c>list(s)</c>.</summary>
    public JsonArray ToJsonArray()
    {
        var array = new JsonArray();
        foreach (var item in this)
        {
            array.Add((JsonNode)JsonValue.Create(item));
        }

        return array;
    }

    /// <summary>The elements in CPython's iteration order (table slot order).</summary>
    public IEnumerator<int> GetEnumerator()
    {
        var version = _version;
        var keys = _keys;
        var states = _states;
        for (var slot = 0; slot < states.Length; slot++)
        {
            if (states[slot] != Active)
            {
                continue;
            }

            yield return keys[slot];
            if (version != _version)
            {
                throw new InvalidOperationException("The set changed during enumeration");
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static long Hash(int item) => item == -1 ? -2 : item;

    /// <summary>The next start of a probe run: <c>i * 5 + 1 + perturb</c> (perturb already shifted), as size_t.</summary>
    private static ulong NextRun(ulong i, ulong perturb, ulong mask) => unchecked((i * 5) + 1 + perturb) & mask;

    /// <summary>The slot holding <paramref name="item"/>, or -1 (set_lookkey; dummies never match).</summary>
    private int Lookup(int item)
    {
        var hash = Hash(item);
        var mask = (ulong)_mask;
        var perturb = unchecked((ulong)hash);
        var i = perturb & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var slot = i;
            while (true)
            {
                var state = _states[slot];
                if (state == Empty)
                {
                    return -1;
                }

                if (state == Active && _keys[slot] == item)
                {
                    return (int)slot;
                }

                if (probes == 0)
                {
                    break;
                }

                probes--;
                slot++;
            }

            perturb >>= PerturbShift;
            i = NextRun(i, perturb, mask);
        }
    }

    /// <summary>
    /// set_add_entry: walks the probe path to the first empty slot, remembering the last dummy on the way; the item goes
    /// into that dummy if there was one (no growth then), else into the empty slot, after which the table may grow.
    /// </summary>
    private bool AddEntry(int item)
    {
        var hash = Hash(item);
        var mask = (ulong)_mask;
        var perturb = unchecked((ulong)hash);
        var i = perturb & mask;
        var freeSlot = -1L;
        ulong empty;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var slot = i;
            var found = false;
            while (true)
            {
                var state = _states[slot];
                if (state == Empty)
                {
                    found = true;
                    break;
                }

                if (state == Active)
                {
                    if (_keys[slot] == item)
                    {
                        return false;
                    }
                }
                else
                {
                    freeSlot = (long)slot;
                }

                if (probes == 0)
                {
                    break;
                }

                probes--;
                slot++;
            }

            if (found)
            {
                empty = slot;
                break;
            }

            perturb >>= PerturbShift;
            i = NextRun(i, perturb, mask);
        }

        _version++;
        if (freeSlot >= 0)
        {
            _keys[freeSlot] = item;
            _states[freeSlot] = Active;
            _used++;
            return true;
        }

        _keys[empty] = item;
        _states[empty] = Active;
        _fill++;
        _used++;
        if ((long)_fill * 5 >= (long)_mask * 3)
        {
            Resize(_used > 50000 ? (long)_used * 2 : (long)_used * 4);
        }

        return true;
    }

    /// <summary>set_insert_clean: into a table without dummies that lacks the item, at the first empty slot of its path.</summary>
    private static void InsertClean(int[] keys, byte[] states, ulong mask, int item)
    {
        var perturb = unchecked((ulong)Hash(item));
        var i = perturb & mask;
        while (true)
        {
            if (states[i] == Empty)
            {
                keys[i] = item;
                states[i] = Active;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var slot = i + 1; slot <= i + LinearProbes; slot++)
                {
                    if (states[slot] == Empty)
                    {
                        keys[slot] = item;
                        states[slot] = Active;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = NextRun(i, perturb, mask);
        }
    }

    /// <summary>
    /// set_table_resize: a new table of the smallest power of two (at least 8) above <paramref name="minUsed"/>, the
    /// elements inserted again in slot order and the dummies dropped. A table of 8 that stays at 8 and has no
    /// dummies is left as it is.
    /// </summary>
    private void Resize(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }

        if (size == MinSize && _mask == MinSize - 1 && _fill == _used)
        {
            return;
        }

        var keys = new int[size];
        var states = new byte[size];
        var mask = (ulong)(size - 1);
        for (var slot = 0; slot < _states.Length; slot++)
        {
            if (_states[slot] == Active)
            {
                InsertClean(keys, states, mask, _keys[slot]);
            }
        }

        _keys = keys;
        _states = states;
        _mask = (int)(size - 1);
        _fill = _used;
        _version++;
    }

    /// <summary>
    /// set_merge (update with a set, and so copies and unions): one resize up front if the other's elements would fill
    /// the table past three fifths; into an empty table of the same size as a dummy-free other, the slots are copied
    /// as they are; into another empty table, the other's elements are inserted clean in its order; otherwise added
    /// one by one in its order.
    /// </summary>
    private void Merge(PythonIntSet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
        {
            return;
        }

        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
        {
            Resize(((long)_used + other._used) * 2);
        }

        _version++;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            _keys = (int[])other._keys.Clone();
            _states = (byte[])other._states.Clone();
            _fill = other._fill;
            _used = other._used;
            return;
        }

        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            foreach (var slot in other.ActiveSlots())
            {
                InsertClean(_keys, _states, (ulong)_mask, other._keys[slot]);
            }

            return;
        }

        foreach (var slot in other.ActiveSlots())
        {
            AddEntry(other._keys[slot]);
        }
    }

    /// <summary>
    /// set_difference_update with a set: the other's elements discarded (through the intersection when the other is
    /// more than eight times larger), then the dummies resized away if they exceed a quarter of the table.
    /// </summary>
    private void DifferenceUpdate(PythonIntSet other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }

        var discarded = (other._used >> 3) > _used ? Intersection(other) : other;
        foreach (var slot in discarded.ActiveSlots())
        {
            Discard(discarded._keys[slot]);
        }

        if (_fill - _used <= _mask / 4)
        {
            return;
        }

        Resize(_used > 50000 ? (long)_used * 2 : (long)_used * 4);
    }

    /// <summary>The active slots in table order (set_next), for this set's own algorithms over another set.</summary>
    private IEnumerable<int> ActiveSlots()
    {
        var version = _version;
        for (var slot = 0; slot < _states.Length; slot++)
        {
            if (_states[slot] == Active)
            {
                yield return slot;
                if (version != _version)
                {
                    throw new InvalidOperationException("The set changed during enumeration");
                }
            }
        }
    }
}
