/// Bytes that stay where they are for as long as anything holds them: a file mapped into
/// memory, or a copy. What a value written apart (``CompactBytes``) keeps a part of, so
/// that it is decoded later from where it was read, never copied out first.
///
/// Immutable once made (`@unchecked` only because a pointer is not `Sendable`): its bytes
/// are only ever read, by any thread, until the last holder lets it go and `release` runs.
public final class CompactStorage: @unchecked Sendable {
    /// The bytes; valid while this object lives.
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    /// The bytes at `bytes`, which `release` gives back once nothing holds them (`munmap`, say).
    public init(bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
    }

    /// A copy of `bytes`, freed with the object.
    public convenience init(copying bytes: some Collection<UInt8>) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        copy.copyBytes(from: bytes)
        self.init(bytes: UnsafeRawBufferPointer(copy)) { $0.deallocate() }
    }

    deinit { release(bytes) }
}
